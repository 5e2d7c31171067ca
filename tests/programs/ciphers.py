# Caesar and Vigenère ciphers with encryption, decryption and a brute-force crack.
ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def shift_char(ch, k):
    if ch.isalpha():
        base = "A" if ch.isupper() else "a"
        return chr((ord(ch) - ord(base) + k) % 26 + ord(base))
    return ch


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


def vigenere(text, key, decrypt=False):
    out = []
    i = 0
    for ch in text:
        if ch.isalpha():
            k = ALPHABET.index(key[i % len(key)].lower())
            out.append(shift_char(ch, -k if decrypt else k))
            i += 1
        else:
            out.append(ch)
    return "".join(out)


ENGLISH_FREQ = "etaoinshrdlcumwfgypbvkjxqz"


def score(text):
    total = 0
    for ch in text.lower():
        if ch in ENGLISH_FREQ:
            total += 26 - ENGLISH_FREQ.index(ch)
    return total


def crack_caesar(cipher):
    candidates = [(score(caesar(cipher, -k)), k) for k in range(26)]
    best_score, best_k = max(candidates)
    return best_k, caesar(cipher, -best_k)


message = "Attack at Dawn! Meet me by the old oak tree, at 6 o'clock."
for k in (3, 13, 25, 52):
    enc = caesar(message, k)
    print(f"caesar {k:2}: {enc}")
    assert caesar(enc, -k) == message
print("rot13 twice:", caesar(caesar(message, 13), 13) == message)

secret = caesar("the quick brown fox jumps over the lazy dog while the cat sleeps", 11)
print("cipher:", secret)
k, plain = crack_caesar(secret)
print("cracked key", k, "->", plain)

for key in ("lemon", "Python", "a"):
    enc = vigenere(message, key)
    dec = vigenere(enc, key, decrypt=True)
    print(f"vigenere {key!r}: {enc}")
    print("  roundtrip ok:", dec == message)

table_key = "key"
print("   " + " ".join(ALPHABET[:10]))
for row in table_key:
    print(row + ": " + " ".join(shift_char(c, ALPHABET.index(row)) for c in ALPHABET[:10]))

freq = {}
for ch in vigenere(message * 3, "lemon").lower():
    if ch.isalpha():
        freq[ch] = freq.get(ch, 0) + 1
print("cipher letter counts:", sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
