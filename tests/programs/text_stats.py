# Text statistics over an embedded passage: words, sentences, frequencies.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair. We had
everything before us, we had nothing before us! Were we all going direct to
Heaven? We were all going direct the other way."""


def words_of(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()


def sentences_of(text):
    count = 0
    current = []
    result = []
    for ch in text.replace("\n", " "):
        current.append(ch)
        if ch in ".!?":
            result.append("".join(current).strip())
            current = []
            count += 1
    return result


words = words_of(TEXT)
print("characters:", len(TEXT))
print("lines:", len(TEXT.splitlines()))
print("words:", len(words))
print("distinct words:", len(set(words)))
print("average word length: %.2f" % (sum(map(len, words)) / len(words)))

freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
print("most common:")
for w, n in top:
    print(f"  {w:<8} {n:>3} {'#' * n}")

by_length = {}
for w in sorted(set(words)):
    by_length.setdefault(len(w), []).append(w)
for length in sorted(by_length):
    ws = by_length[length]
    print(f"{length:2} letters: {len(ws):2} words, e.g. {', '.join(ws[:3])}")

sents = sentences_of(TEXT)
print("sentences:", len(sents))
for s in sents:
    print(f"  [{len(words_of(s)):2} words] {s[:40]}{'...' if len(s) > 40 else ''}")

longest = max(words, key=lambda w: (len(w), w))
print("longest word:", longest)
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("letter ranking:", "".join(sorted(letters, key=lambda c: (-letters[c], c))))
vowels = sum(letters.get(v, 0) for v in "aeiou")
print(f"vowel share: {vowels / sum(letters.values()):.1%}")
