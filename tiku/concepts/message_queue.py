"""A persistent, partitioned message queue: append-only segment logs and consumer-group offsets.

Layout on disk (one directory per queue)::

    partition-0000/00000000000000000000.log   # segment files, named by their first offset
    partition-0000/00000000000000004096.log
    groups/<group>.json                        # committed offsets of a consumer group

Producing: a message goes to partition ``crc32(key) % partitions``, so all messages with one key
are totally ordered; there is no order across partitions (that is what makes them parallel).
Each record is ``[length u32][crc32 u32][payload]``; it is written, flushed and ``fsync`` ed
before ``produce`` returns. *Returning is the acknowledgement*: an acknowledged message survives
a crash of the process (``kill -9`` only loses what is not yet in the page cache; the ``fsync`` is
what also covers power loss). Segments roll over at ``segment_bytes`` so old data can be deleted
by whole files (retention) without rewriting.

Recovery: on open, every segment is scanned and the index (offset -> file position) rebuilt; the
last segment is truncated at the first incomplete or corrupt record — a write torn by a crash was
never acknowledged, so dropping it loses nothing promised. (Kafka keeps a sparse on-disk index
instead of scanning; here the full in-memory index keeps the code short.)

Consuming: a consumer group reads each partition from its committed offset and commits after
processing (``commit``), writing the offsets file atomically (write temp, ``fsync``, rename, then
``fsync`` the directory). This is **at-least-once** delivery: a consumer that crashes after
processing but before committing gets the same messages again, so handlers must be idempotent
(dedupe by ``(partition, offset)`` or a message id). Committing *before* processing would give
at-most-once instead. A producer that crashes after the write but before it sees the
acknowledgement will resend, so the log itself can also hold a duplicate next to the original;
idempotent producers (a producer id + sequence number checked by the broker) remove that.

Out of scope: replication (a leader + in-sync followers, acknowledging once a quorum has the
record) and rebalancing partitions among the consumers of a group. One writer per partition.
"""

from __future__ import annotations

import bisect
import json
import os
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

__all__ = ["ConsumerGroup", "Message", "MessageQueue", "PartitionLog"]

_HEADER = struct.Struct(">II")  # payload length, crc32 of payload


@dataclass(frozen=True)
class Message:
    partition: int
    offset: int
    key: bytes
    value: bytes


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class PartitionLog:
    """An append-only log of byte records split into segment files."""

    def __init__(self, directory: Path, segment_bytes: int = 1 << 20, fsync: bool = True) -> None:
        self.directory = directory
        self.segment_bytes = segment_bytes
        self._fsync = fsync
        directory.mkdir(parents=True, exist_ok=True)
        self._bases: list[int] = []  # first offset of each segment
        self._positions: list[list[int]] = []  # per segment: file position of each record
        self._sizes: list[int] = []
        paths = sorted(directory.glob("*.log"))
        for i, path in enumerate(paths):
            base = int(path.stem)
            positions, valid_size = self._scan(path)
            if valid_size != path.stat().st_size:
                if i != len(paths) - 1:
                    raise RuntimeError(f"corruption in sealed segment {path}")
                with open(path, "r+b") as f:  # drop the torn tail of the active segment
                    f.truncate(valid_size)
                    os.fsync(f.fileno())
            self._bases.append(base)
            self._positions.append(positions)
            self._sizes.append(valid_size)
        if not self._bases:
            self._new_segment(0)

    @staticmethod
    def _scan(path: Path) -> tuple[list[int], int]:
        data = path.read_bytes()
        positions: list[int] = []
        pos = 0
        while pos + _HEADER.size <= len(data):
            length, crc = _HEADER.unpack_from(data, pos)
            end = pos + _HEADER.size + length
            if end > len(data) or zlib.crc32(data[pos + _HEADER.size : end]) != crc:
                break
            positions.append(pos)
            pos = end
        return positions, pos

    def _segment_path(self, base: int) -> Path:
        return self.directory / f"{base:020d}.log"

    def _new_segment(self, base: int) -> None:
        self._segment_path(base).touch()
        if self._fsync:
            _fsync_dir(self.directory)
        self._bases.append(base)
        self._positions.append([])
        self._sizes.append(0)

    @property
    def end_offset(self) -> int:
        """The offset the next record will get."""
        return self._bases[-1] + len(self._positions[-1])

    def append(self, payload: bytes) -> int:
        if self._sizes[-1] >= self.segment_bytes and self._positions[-1]:
            self._new_segment(self.end_offset)
        offset = self.end_offset
        record = _HEADER.pack(len(payload), zlib.crc32(payload)) + payload
        with open(self._segment_path(self._bases[-1]), "ab") as f:
            f.write(record)
            f.flush()
            if self._fsync:
                os.fsync(f.fileno())
        self._positions[-1].append(self._sizes[-1])
        self._sizes[-1] += len(record)
        return offset

    def read(self, offset: int, max_records: int = 100) -> list[tuple[int, bytes]]:
        out: list[tuple[int, bytes]] = []
        if offset < self._bases[0]:
            raise ValueError(f"offset {offset} was deleted by retention")
        while len(out) < max_records and offset < self.end_offset:
            seg = bisect.bisect_right(self._bases, offset) - 1
            base = self._bases[seg]
            positions = self._positions[seg]
            with open(self._segment_path(base), "rb") as f:
                for i in range(offset - base, len(positions)):
                    f.seek(positions[i])
                    length, _crc = _HEADER.unpack(f.read(_HEADER.size))
                    out.append((base + i, f.read(length)))
                    offset = base + i + 1
                    if len(out) == max_records:
                        break
        return out

    def segment_count(self) -> int:
        return len(self._bases)


def _encode(key: bytes, value: bytes) -> bytes:
    return struct.pack(">I", len(key)) + key + value


def _decode(payload: bytes) -> tuple[bytes, bytes]:
    (klen,) = struct.unpack_from(">I", payload)
    return payload[4 : 4 + klen], payload[4 + klen :]


class MessageQueue:
    """A topic of ``partitions`` partition logs under ``directory``."""

    def __init__(
        self,
        directory: Path,
        partitions: int = 4,
        *,
        segment_bytes: int = 1 << 20,
        fsync: bool = True,
    ) -> None:
        self.directory = directory
        meta = directory / "meta.json"
        directory.mkdir(parents=True, exist_ok=True)
        if meta.exists():
            stored = json.loads(meta.read_text())["partitions"]
            if stored != partitions:
                raise ValueError(f"queue has {stored} partitions, not {partitions}")
        else:
            meta.write_text(json.dumps({"partitions": partitions}))
        self.partitions = [
            PartitionLog(directory / f"partition-{p:04d}", segment_bytes, fsync)
            for p in range(partitions)
        ]

    def partition_for(self, key: bytes) -> int:
        return zlib.crc32(key) % len(self.partitions)

    def produce(self, key: bytes, value: bytes) -> tuple[int, int]:
        """Append durably; the return is the acknowledgement: (partition, offset)."""
        partition = self.partition_for(key)
        return partition, self.partitions[partition].append(_encode(key, value))

    def fetch(self, partition: int, offset: int, max_records: int = 100) -> list[Message]:
        return [
            Message(partition, off, *_decode(payload))
            for off, payload in self.partitions[partition].read(offset, max_records)
        ]


class ConsumerGroup:
    """Committed read positions of one consumer group, persisted atomically."""

    def __init__(self, queue: MessageQueue, group: str) -> None:
        self.queue = queue
        self.group = group
        self._dir = queue.directory / "groups"
        self._dir.mkdir(exist_ok=True)
        self._path = self._dir / f"{group}.json"
        self.committed: dict[int, int] = {p: 0 for p in range(len(queue.partitions))}
        if self._path.exists():
            stored = json.loads(self._path.read_text())
            self.committed.update({int(p): int(o) for p, o in stored.items()})
        self.position = dict(self.committed)  # where the next poll reads from

    def poll(self, partition: int, max_records: int = 100) -> list[Message]:
        messages = self.queue.fetch(partition, self.position[partition], max_records)
        if messages:
            self.position[partition] = messages[-1].offset + 1
        return messages

    def commit(self, partition: int, next_offset: int | None = None) -> None:
        """Record that everything before ``next_offset`` (default: the position) is processed."""
        offset = self.position[partition] if next_offset is None else next_offset
        self.committed[partition] = offset
        tmp = self._path.with_suffix(".tmp")
        with open(tmp, "w") as f:
            json.dump({str(p): o for p, o in self.committed.items()}, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self._path)
        _fsync_dir(self._dir)

    def lag(self) -> int:
        return sum(
            log.end_offset - self.committed[p] for p, log in enumerate(self.queue.partitions)
        )
