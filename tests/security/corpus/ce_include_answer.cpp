// attack: compile-time read of a hidden answer: #include the .ans file of the package, and /in/../ paths
// incident: QDUOJ #165; reading other tests' answers
// package: sec-answer
// verdicts: CE
// layer: compilation in the sandbox: the package is not mounted
#include "@PACKAGE_DIR@/data/secret/1.ans"
int main() {}
