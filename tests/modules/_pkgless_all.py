# Helper module with __all__ limiting star imports.
__all__ = ["public", "also"]
public = "public value"
also = "also public"
extra = "not exported"
_hidden = "underscore"
