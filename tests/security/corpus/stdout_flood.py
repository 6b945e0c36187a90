# attack: stdout flood: write forever
# incident: stdout floods
# package: sec-escaped
# verdicts: OLE
# layer: RLIMIT_FSIZE on /out/stdout (SIGXFSZ), capped reads by the supervisor
import sys
line = "A" * 65535 + "\n"
while True:
    sys.stdout.write(line)
