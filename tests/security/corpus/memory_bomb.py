# attack: memory bomb: grow and touch memory without bound
# incident: memory bombs
# package: sec-escaped
# verdicts: MLE RTE TLE
# layer: RLIMIT_AS, memory cgroup
chunks = []
while True:
    chunks.append(bytearray(64 << 20))
