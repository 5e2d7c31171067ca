# __reversed__ and __len__/__getitem__ support reversed().
class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
class Custom:
    def __reversed__(self):
        return iter("zyx")
print(list(reversed(Deck([1, 2, 3]))), list(reversed(Custom())))

# expect: [3, 2, 1] ['z', 'y', 'x']
