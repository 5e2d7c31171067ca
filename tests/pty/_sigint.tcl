# Shared by tests/pty/sigint_*.exp: run a script under orrery in a
# pseudo-terminal, press Ctrl-C once it printed "started", and check that
# it prints the traceback lines CPython 3.11 prints for the same script
# (in order; CPython's extra frames inside its asyncio package aside) and
# then dies of SIGINT, as CPython does after an uncaught KeyboardInterrupt.
# Not a test itself (its name starts with _).

proc fail {what} { puts "\nFAIL: $what"; exit 1 }

# [source]: the program (it must print "started" and flush);
# [lines]: the lines expected after Ctrl-C, "%FILE%" standing for its path.
proc sigint_test {source lines} {
  global env
  set path "$env(HOME)/prog.py"
  set f [open $path w]
  puts -nonewline $f $source
  close $f
  set timeout 10
  spawn $env(ORRERY) $path
  expect {
    "started" {}
    timeout { fail "no 'started'" }
    eof { fail "ended before 'started'" }
  }
  sleep 0.3
  send "\003"
  foreach line $lines {
    set line [string map [list %FILE% $path] $line]
    expect {
      -ex "$line\r\n" {}
      timeout { fail "timed out waiting for: $line" }
      eof { fail "ended before: $line" }
    }
  }
  expect {
    eof {}
    timeout { fail "still running after the traceback" }
  }
  set w [wait]
  if {[lindex $w 4] ne "CHILDKILLED" || [lindex $w 5] ne "SIGINT"} {
    fail "did not die of SIGINT: $w"
  }
}
