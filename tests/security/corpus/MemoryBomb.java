// attack: Java memory bomb: keep 16 MiB arrays forever, and allocate off-heap with direct buffers
// incident: memory bombs
// package: sec-escaped
// verdicts: MLE RTE TLE
// layer: -Xmx, memory cgroup (RLIMIT_AS is not used for the JVM)
import java.util.*;
import java.nio.ByteBuffer;

public class MemoryBomb {
    public static void main(String[] args) {
        List<Object> keep = new ArrayList<>();
        while (true) {
            keep.add(new byte[16 << 20]);
            keep.add(ByteBuffer.allocateDirect(16 << 20));
        }
    }
}
