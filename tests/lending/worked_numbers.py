#!/usr/bin/env python3
"""Worked numbers for tests/lending, computed independently of the C++ code.

Written from the rules in ../shared/domain/DOMAIN.md §2 with exact fractions and
Decimal ROUND_HALF_UP; the tests paste these figures. Run: python3 worked_numbers.py
"""
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction as F


def rnd(x):
    """Exact amount in baht (Fraction) -> Decimal rounded half-up to the satang."""
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP)


def split(P, n):
    """P (Decimal) into n equal parts, largest remainder: first parts get the extra satang."""
    satang = int(P * 100)
    base, extra = divmod(satang, n)
    return [Decimal(base + (1 if k < extra else 0)) / 100 for k in range(n)]


def flat(P, r, n):
    interest = rnd(F(P) * r)
    return [(p, interest) for p in split(P, n)]


def equal_principal(P, r, n):
    rows, balance = [], P
    for p in split(P, n):
        rows.append((p, rnd(F(balance) * r)))
        balance -= p
    return rows


def annuity(P, r, n):
    payment = rnd(F(P) / n) if r == 0 else rnd(F(P) * r / (1 - (1 + r) ** -n))
    rows, balance = [], P
    for k in range(1, n + 1):
        interest = rnd(F(balance) * r)
        principal = balance if k == n else payment - interest
        rows.append((principal, interest))
        balance -= principal
    return rows


def show(title, rows, P):
    print(title)
    balance = P
    for k, (p, i) in enumerate(rows, 1):
        balance -= p
        print(f"  {k:3} principal {p:>10} interest {i:>8} payment {p + i:>10} balance {balance:>10}")
    print(f"  total interest {sum(i for _, i in rows)}  total principal {sum(p for p, _ in rows)}")


def maturity_interest(P, annual, start, end):
    days = (end - start).days
    return days, rnd(F(P) * annual * days / 365)


def monthly_irr(P, payments):
    """Bisection on exact fractions: the i with sum p_k/(1+i)^k = P."""
    lo, hi = F(0), F(1)
    for _ in range(70):
        mid = (lo + hi) / 2
        pv = sum(F(p) / (1 + mid) ** k for k, p in enumerate(payments, 1))
        lo, hi = (mid, hi) if pv > F(P) else (lo, mid)
    return lo


def apr(title, P, rows):
    i = monthly_irr(P, [p + q for p, q in rows])
    nominal = 12 * i
    print(f"{title}: monthly {rnd(i * 100 * 10**6) / 10**6} %  nominal 12i {rnd(nominal * 100 * 10**4) / 10**4} %"
          f"  -> {rnd(nominal * 100)} %  (effective (1+i)^12-1 "
          f"{float((1 + i) ** 12 - 1) * 100:.4f} %)")


if __name__ == "__main__":
    P = Decimal("10000")
    show("flat 10,000 @ 1 %/month x 10", flat(P, F(1, 100), 10), P)
    show("flat 10,000 @ 1 %/month x 12", flat(P, F(1, 100), 12), P)
    show("flat 1,234.50 @ 1 %/month x 3", flat(Decimal("1234.50"), F(1, 100), 3), Decimal("1234.50"))
    show("equal-principal 10,000 @ 1 %/month x 10", equal_principal(P, F(1, 100), 10), P)
    show("equal-principal 1,234.50 @ 1 %/month x 3",
         equal_principal(Decimal("1234.50"), F(1, 100), 3), Decimal("1234.50"))
    show("annuity 10,000 @ 1 %/month x 10", annuity(P, F(1, 100), 10), P)
    show("annuity 10,000 @ 12 %/year x 10", annuity(P, F(12, 100) / 12, 10), P)
    show("annuity 1,000 @ 0 x 3", annuity(Decimal("1000"), F(0), 3), Decimal("1000"))
    show("annuity 10,000 @ 1.25 %/month x 12", annuity(P, F(125, 10000), 12), P)
    show("annuity 10,000 @ 1.26 %/month x 12", annuity(P, F(126, 10000), 12), P)
    for start, end in [(date(2023, 1, 1), date(2024, 1, 1)), (date(2024, 1, 1), date(2024, 2, 1)),
                       (date(2024, 1, 1), date(2025, 1, 1))]:
        print("maturity 20,000 @ 6 %/year", start, end, maturity_interest(
            Decimal("20000"), F(6, 100), start, end))
    print("maturity 20,000 @ 15 %/year 31 days",
          maturity_interest(Decimal("20000"), F(15, 100), date(2024, 1, 1), date(2024, 2, 1)))
    print("  simple annual rate", float(F(Decimal("254.79")) / 20000 * F(365, 31) * 100), "%")
    print("accrued on 8,000.00 @ 1 %/month (12 %/year), 2024-03-15 -> 2024-04-02:",
          maturity_interest(Decimal("8000"), F(12, 100), date(2024, 3, 15), date(2024, 4, 2)))
    apr("flat 1 %/month x 12", P, flat(P, F(1, 100), 12))
    apr("flat 1 %/month x 10", P, flat(P, F(1, 100), 10))
    apr("equal-principal 1 %/month x 10", P, equal_principal(P, F(1, 100), 10))
    apr("annuity 1.25 %/month x 12", P, annuity(P, F(125, 10000), 12))
    apr("annuity 1.26 %/month x 12", P, annuity(P, F(126, 10000), 12))
    apr("annuity 1 %/month x 360", P, annuity(P, F(1, 100), 360))
    print("arrears: days 2024-03-15 -> 2024-04-20:", (date(2024, 4, 20) - date(2024, 3, 15)).days,
          " 2024-04-15 -> 2024-04-20:", (date(2024, 4, 20) - date(2024, 4, 15)).days)
    print("fine 2 % of 600.00:", rnd(F(600) * F(2, 100)), " of 1,100.00:", rnd(F(1100) * F(2, 100)),
          " 1 % of 12.50:", rnd(F(Decimal("12.50")) * F(1, 100)))
