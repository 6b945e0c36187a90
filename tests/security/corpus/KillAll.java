// attack: Java: destroyForcibly every visible process, the parent first
// incident: killing the judge or all processes of its user
// package: sec-escaped
// verdicts: RTE WA
// layer: PID namespace; a dead supervisor is an RTE
public class KillAll {
    public static void main(String[] args) {
        ProcessHandle.current().parent().ifPresent(ProcessHandle::destroyForcibly);
        ProcessHandle.allProcesses().filter(p -> p.pid() != ProcessHandle.current().pid()).forEach(ProcessHandle::destroyForcibly);
        System.out.println("still here");
    }
}
