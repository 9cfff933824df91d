# test: an inventory model using an abstract-style base class, properties with validation, __eq__/__hash__/__lt__, class-level registries, custom exceptions and a formatted report
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item, wanted):
        super().__init__(f"{item.name}: wanted {wanted}, have {item.qty}")
        self.item, self.wanted = item, wanted
class Item:
    registry = {}
    tax_rate = 0.2
    def __init__(self, sku, name, price, qty=0):
        if sku in Item.registry:
            raise InventoryError(f"duplicate sku {sku}")
        self.sku, self.name = sku, name
        self.price = price
        self.qty = qty
        Item.registry[sku] = self
    @property
    def price(self):
        return self._price
    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError(f"negative price for {self.name}")
        self._price = round(value, 2)
    def gross(self):
        return round(self.price * (1 + self.tax_rate), 2)
    def take(self, n):
        if n > self.qty:
            raise OutOfStock(self, n)
        self.qty -= n
        return self
    def __eq__(self, other):
        return isinstance(other, Item) and self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)
    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)
    def __repr__(self):
        return f"{type(self).__name__}({self.sku!r}, {self.name!r}, {self.price}, qty={self.qty})"
class Food(Item):
    tax_rate = 0.05
class Luxury(Item):
    tax_rate = 0.35
    def gross(self):
        return round(super().gross() + 10, 2)
stock = [Item(1, "pen", 1.5, 100), Food(2, "bread", 2.25, 10), Luxury(3, "watch", 199.999, 2), Food(4, "milk", 0.99, 0)]
try:
    Item(2, "dup", 1)
except InventoryError as e:
    print(type(e).__name__, e)
try:
    stock[0].price = -1
except ValueError as e:
    print(type(e).__name__, e)
orders = [(1, 30), (2, 11), (3, 1), (4, 1), (9, 1), (3, 1), (3, 1)]
for sku, n in orders:
    try:
        item = Item.registry[sku].take(n)
        print(f"took {n:>3} x {item.name:<6} left {item.qty:>3}")
    except OutOfStock as e:
        print("out of stock:", e, "| short by", e.wanted - e.item.qty)
    except KeyError as e:
        print("unknown sku", e)
print(f"{'sku':>3} | {'name':<6} | {'net':>8} | {'gross':>8} | {'qty':>4}")
for it in sorted(stock):
    print(f"{it.sku:>3} | {it.name:<6} | {it.price:>8.2f} | {it.gross():>8.2f} | {it.qty:>4}")
total = sum([it.gross() * it.qty for it in stock])
print(f"stock value {total:,.2f}", len({*stock, Item.registry[1]}), stock[1] == Food.registry[2], max(stock).name)
print(sorted(stock, key=lambda i: (-i.qty, i.name)))
print([type(i).__name__ for i in stock if isinstance(i, Food)], Food.registry is Item.registry)
