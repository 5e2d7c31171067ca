# The math module: constants, float functions, integer functions, exact sums and CPython's errors.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan)
print(math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log(8, 2), math.log(math.e), math.log2(1024), math.log10(1000))
print(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -1))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.degrees(math.pi), math.radians(180))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.gcd(12, 18, 27), math.gcd(), math.gcd(-4, 6), math.lcm(4, 6, 10), math.lcm())
print(math.factorial(0), math.factorial(25), math.factorial(30))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum([math.inf, 1]), math.fsum([0.1, 0.2, 0.3]))
print(math.copysign(3, -0.0), math.fmod(7, 3), math.fmod(-7, 3), math.modf(3.5), math.modf(-2.25), math.modf(math.inf))
print(math.comb(5, 2), math.comb(100, 50), math.comb(3, 5), math.perm(5, 2), math.perm(5), math.perm(3, 5))
print(math.isqrt(17), math.isqrt(10**30), math.isqrt(0), math.log(2**1000), math.log2(2**1000), math.log10(10**400))
print(math.expm1(1e-10), math.log1p(1e-10), math.gamma(5), math.erf(1), math.frexp(8.0), math.ldexp(0.5, 4))
print(math.cbrt(27), math.exp2(10), math.remainder(10, 3), math.floor(True))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.exp(1000),
            lambda: math.factorial(-1), lambda: math.factorial(2.0), lambda: math.sqrt("x"),
            lambda: math.pow(0, -1), lambda: math.pow(-8, 1/3), lambda: math.pow(10, 400),
            lambda: math.sin(math.inf), lambda: math.asin(2), lambda: math.fmod(1, 0),
            lambda: math.fsum([math.inf, -math.inf]), lambda: math.fsum([1e308, 1e308]),
            lambda: math.comb(-1, 2), lambda: math.comb(3, -2), lambda: math.perm(-1),
            lambda: math.isqrt(-1), lambda: math.gcd(1.5), lambda: math.floor(math.inf),
            lambda: math.floor(math.nan), lambda: math.sqrt(), lambda: math.sqrt(1, 2),
            lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.gamma(0), lambda: math.gamma(200),
            lambda: math.trunc("x"), lambda: math.log(10, 1), lambda: math.cosh(1000), lambda: math.atan2(1)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
class F:
    def __float__(self): return 2.25
    def __floor__(self): return "fl"
print(math.sqrt(F()), math.floor(F()))

# expect: 3.141592653589793 2.718281828459045 6.283185307179586 inf nan
# expect: 1.4142135623730951 -3 -2 -2 3 int
# expect: 3.0 1024.0 2.718281828459045 2.0 3.0 1.0 10.0 3.0
# expect: 0.8414709848078965 0.5403023058681398 1.5574077246549023 0.5235987755982989 1.0471975511965979 0.7853981633974483 2.356194490192345
# expect: 5.0 3.7416573867739413 0.0 180.0 3.141592653589793
# expect: True False True
# expect: True True True
# expect: 3 0 2 60 1
# expect: 1 15511210043330985984000000 265252859812191058636308480000000
# expect: 24 1 3.0 60
# expect: 1.0 0.9999999999999999 1e-100
# expect: 6.0 0.0 inf 0.6
# expect: -3.0 1.0 -1.0 (0.5, 3.0) (-0.25, -2.0) (0.0, inf)
# expect: 10 100891344545564193334812497256 0 20 120 0
# expect: 4 1000000000000000 0 693.1471805599454 1000.0 400.0
# expect: 1.00000000005e-10 9.999999999500001e-11 24.0 0.8427007929497149 (0.5, 4) 8.0
# expect: 3.0000000000000004 1024.0 1.0 1
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: OverflowError math range error
# expect: ValueError factorial() not defined for negative values
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: TypeError must be real number, not str
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: OverflowError math range error
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: ValueError math domain error
# expect: ValueError -inf + inf in fsum
# expect: OverflowError intermediate overflow in fsum
# expect: ValueError n must be a non-negative integer
# expect: ValueError k must be a non-negative integer
# expect: ValueError factorial() not defined for negative values
# expect: ValueError isqrt() argument must be nonnegative
# expect: TypeError 'float' object cannot be interpreted as an integer
# expect: OverflowError cannot convert float infinity to integer
# expect: ValueError cannot convert float NaN to integer
# expect: TypeError math.sqrt() takes exactly one argument (0 given)
# expect: TypeError math.sqrt() takes exactly one argument (2 given)
# expect: ValueError tolerances must be non-negative
# expect: ValueError math domain error
# expect: OverflowError math range error
# expect: TypeError type str doesn't define __trunc__ method
# expect: ZeroDivisionError float division by zero
# expect: OverflowError math range error
# expect: TypeError atan2 expected 2 arguments, got 1
# expect: 1.5 fl
