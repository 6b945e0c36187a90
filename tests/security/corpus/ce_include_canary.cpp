// attack: compile-time leak of a host file the judge's user can read (the canary) through #include
// incident: QDUOJ #165 (#include of host files)
// package: sec-canary
// verdicts: CE
// layer: compilation in the sandbox: the host path is not mounted
#include "@CANARY_FILE@"
int main() {}
