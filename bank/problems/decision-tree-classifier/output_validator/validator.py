#!/usr/bin/env python3
"""Output validator for decision-tree-classifier: held-out accuracy must reach ACCURACY.

Kattis protocol: validator.py input_file answer_file feedback_dir < submission_output;
exit 42 to accept, 43 to reject, reason in feedback_dir/judgemessage.txt.
The true (noise-free) test labels are never shown to the submission: they live in truth.json
next to this file, keyed by the SHA-256 of the canonical JSON of the input, and are produced
by `python3 generators/gen.py --truth`; an input not listed there (the cross-check's random
inputs) carries its truth in the answer file, {"truth": [labels]}.
"""
import hashlib
import json
import os
import sys

ACCURACY = 0.85


def finish(ok, msg):
    with open(os.path.join(sys.argv[3], "judgemessage.txt"), "w") as f:
        f.write(msg + "\n")
    sys.exit(42 if ok else 43)


def main():
    with open(sys.argv[1]) as f:
        args = json.load(f)
    key = hashlib.sha256(json.dumps(args, separators=(",", ":")).encode()).hexdigest()
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.json")) as f:
        truth = json.load(f)
    labels = truth.get(key)
    if labels is None:
        # An input drawn elsewhere (the cross-check's random inputs) brings its own truth in the
        # answer file: {"truth": [labels]}.
        with open(sys.argv[2]) as f:
            try:
                answer = json.load(f)
            except ValueError:
                answer = None
        labels = answer.get("truth") if isinstance(answer, dict) else None
    if labels is None:
        print(f"no ground truth for input {key}", file=sys.stderr)
        sys.exit(1)                                   # judge error, not the submission's fault
    try:
        pred = json.loads(sys.stdin.read())
    except ValueError:
        finish(False, "output is not valid JSON")
    if not isinstance(pred, list) or len(pred) != len(labels):
        finish(False, f"expected a list of {len(labels)} labels")
    if not all(isinstance(p, int) and not isinstance(p, bool) for p in pred):
        finish(False, "labels must be integers")
    acc = sum(p == t for p, t in zip(pred, labels)) / len(labels)
    finish(acc >= ACCURACY, f"held-out accuracy {acc:.4f} (required {ACCURACY})")


if __name__ == "__main__":
    main()
