// attack: #include "/dev/urandom": an endless include that must end as CE within the compile limits
// incident: compilation bombs (#include "/dev/urandom")
// package: sec-answer
// verdicts: CE
// wall: 40
// layer: compile limits (CPU, wall, memory) in the sandbox
#include "/dev/urandom"
int main() {}
