// attack: compile-time host file leak: #include "/etc/shadow" (and /etc/passwd) so the compiler quotes it in its errors
// incident: QDUOJ #165 (#include of host files)
// package: sec-answer
// verdicts: CE
// layer: compilation runs in the same sandbox: /etc/shadow and /etc/passwd do not exist there
#include "/etc/shadow"
#include "/etc/passwd"
int main() {}
