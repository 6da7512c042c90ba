#!/usr/bin/env python3
"""Checks a running archive's transparency log from outside, without any of the archive's own code.

Usage: verify_log.py BASE_URL   (e.g. http://127.0.0.1:8080/)

It fetches the verifier key and the latest checkpoint, checks the checkpoint's Ed25519 signature (C2SP signed-note),
recomputes the root hash from every entry (RFC 9162 section 2.1.1), verifies an inclusion proof for every entry
(section 2.1.3.2) and a consistency proof from every earlier checkpoint (section 2.1.4.2). Needs python3-cryptography.
Exit code 0 when everything checks out; 1 with a message otherwise.
"""
import base64
import hashlib
import json
import sys
import urllib.parse
import urllib.request

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def fail(message):
    print("FAILED: " + message)
    sys.exit(1)


def get(base, path, **query):
    url = urllib.parse.urljoin(base, path)
    if query:
        url += "?" + urllib.parse.urlencode(query)
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "*/*"}), timeout=30) as answer:
        return answer.read().decode("utf-8")


def leaf_hash(data):
    return hashlib.sha256(b"\x00" + data).digest()


def node_hash(left, right):
    return hashlib.sha256(b"\x01" + left + right).digest()


def root(leaves):
    """MTH of RFC 9162 2.1.1: split at the largest power of two smaller than n."""
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = 1
    while k * 2 < len(leaves):
        k *= 2
    return node_hash(root(leaves[:k]), root(leaves[k:]))


def verify_inclusion(leaf, index, size, proof, expected_root):
    """RFC 9162 2.1.3.2."""
    if index >= size:
        return False
    fn, sn, r = index, size - 1, leaf
    for p in proof:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            r = node_hash(p, r)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            r = node_hash(r, p)
        fn >>= 1
        sn >>= 1
    return sn == 0 and r == expected_root


def verify_consistency(first, second, first_root, second_root, proof):
    """RFC 9162 2.1.4.2."""
    if first == second:
        return not proof and first_root == second_root
    if first > second or first == 0:
        return False
    if first & (first - 1) == 0:
        proof = [first_root] + list(proof)
    if not proof:
        return False
    fn, sn = first - 1, second - 1
    while fn & 1:
        fn >>= 1
        sn >>= 1
    fr = sr = proof[0]
    for c in proof[1:]:
        if sn == 0:
            return False
        if fn & 1 or fn == sn:
            fr = node_hash(c, fr)
            sr = node_hash(c, sr)
            if not fn & 1:
                while fn & 1 == 0 and fn != 0:
                    fn >>= 1
                    sn >>= 1
        else:
            sr = node_hash(sr, c)
        fn >>= 1
        sn >>= 1
    return sn == 0 and fr == first_root and sr == second_root


def open_note(note, verifier_key):
    """Checks a C2SP signed-note against a verifier key; returns the note's text."""
    name, key_hash_hex, key_b64 = verifier_key.strip().split("+", 2)
    key = base64.b64decode(key_b64)
    if key[0] != 1 or len(key) != 33:
        fail("the verifier key is not an Ed25519 key")
    if hashlib.sha256(name.encode() + b"\n" + key).digest()[:4].hex() != key_hash_hex.lower():
        fail("the verifier key's hash does not match its name and key")
    text, separator, signatures = note.rpartition("\n\n")
    if not separator:
        fail("the checkpoint is not a signed note")
    text += "\n"
    for line in signatures.splitlines():
        if not line.startswith("\u2014 "):
            fail("a signature line does not start with an em dash: " + line)
        signer, signature_b64 = line[2:].rsplit(" ", 1)
        signature = base64.b64decode(signature_b64)
        if signer == name and signature[:4].hex() == key_hash_hex.lower():
            try:
                Ed25519PublicKey.from_public_bytes(key[1:]).verify(signature[4:], text.encode("utf-8"))
                return text
            except InvalidSignature:
                fail("the checkpoint's signature by " + name + " does not verify")
    fail("the checkpoint carries no signature by " + name)


def parse_checkpoint(text):
    lines = text.split("\n")
    return lines[0], int(lines[1]), base64.b64decode(lines[2])


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    base = sys.argv[1] if sys.argv[1].endswith("/") else sys.argv[1] + "/"
    key = get(base, "api/log/key")
    origin, size, signed_root = parse_checkpoint(open_note(get(base, "api/log/checkpoint"), key))

    leaves, entries = [], []
    while len(entries) < size:
        page = json.loads(get(base, "api/log/entries", start=len(entries), end=min(size, len(entries) + 1000)))
        entries += page["entries"]
    for position, entry in enumerate(entries):
        if entry["position"] != position:
            fail("entry %d is served at position %d" % (position, entry["position"]))
        leaves.append(leaf_hash(entry["text"].encode("utf-8")))
    if root(leaves) != signed_root:
        fail("the %d entries served do not hash to the signed root of %s" % (size, origin))

    for entry, leaf in zip(entries, leaves):
        proof = json.loads(get(base, "api/log/inclusion", item=entry["item"], id=entry["id"],
                               version=entry["version"], size=size))
        path = [base64.b64decode(h) for h in proof["proof"]]
        if not verify_inclusion(leaf, entry["position"], size, path, signed_root):
            fail("the inclusion proof of entry %d does not verify" % entry["position"])

    checkpoints = json.loads(get(base, "api/log/checkpoints", size=100))
    for older in checkpoints:
        older_origin, older_size, older_root = parse_checkpoint(open_note(older["note"], key))
        if older_size >= size:
            continue
        proof = json.loads(get(base, "api/log/consistency", **{"from": older_size, "to": size}))
        path = [base64.b64decode(h) for h in proof["proof"]]
        if older_root != root(leaves[:older_size]) or not verify_consistency(older_size, size, older_root,
                                                                             signed_root, path):
            fail("checkpoint %d is not consistent with checkpoint %d" % (older_size, size))

    print("OK: %s, %d entries; signature, root, %d inclusion proofs and %d consistency proofs verified"
          % (origin, size, len(entries), sum(1 for c in checkpoints if int(c["size"]) < size)))


if __name__ == "__main__":
    main()
