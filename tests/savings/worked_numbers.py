#!/usr/bin/env python3
"""Worked numbers for tests/savings, computed independently of the C++ code.

The rules, as DOMAIN.md §2 and the savings services state them:
- equal-principal schedule: principal P/n, interest round(balance x r) half-up;
- an instalment falling due by the end of the payment's month is due; one past
  its due date and not paid in full carries one late fine (1 % of what is left
  of it, half-up), less fines already paid on it;
- the next instalment accrues interest: its scheduled interest x days elapsed
  / days in its period, half-up;
- a payment goes fine -> interest -> principal, oldest instalment first, the
  rest to later principal; the payoff is all of that.
Run: python3 worked_numbers.py
"""
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction as F


def rnd(x):
    x = F(x)
    return (Decimal(x.numerator) / Decimal(x.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP)


def add_months(d, k):
    y, m = divmod(d.month - 1 + k, 12)
    return date(d.year + y, m + 1, d.day)


def equal_principal(P, r, n, start):
    rows, balance = [], Decimal(P)
    for k in range(1, n + 1):
        p = Decimal(P) / n
        rows.append({"no": k, "due": add_months(start, k), "p": p,
                     "i": rnd(F(balance) * r)})
        balance -= p
    return rows


def end_of_month(d):
    nxt = add_months(date(d.year, d.month, 1), 1)
    return date.fromordinal(nxt.toordinal() - 1)


def items(rows, paid, day, start, fine_rate=F(1, 100)):
    out, running, period_start = [], False, start
    for row in rows:
        pp, pi, pf = paid.get(row["no"], (Decimal(0), Decimal(0), Decimal(0)))
        if row["due"] <= end_of_month(day):
            i, p = row["i"] - pi, row["p"] - pp
            f = Decimal(0)
            if row["due"] < day and i + p > 0:
                f = max(Decimal(0), rnd(F(i + p) * fine_rate) - pf)
            out.append([row["no"], f, i, p])
        else:
            i = Decimal(0)
            if not running:
                days = (row["due"] - period_start).days
                elapsed = min(max((day - period_start).days, 0), days)
                i = max(Decimal(0), rnd(F(row["i"]) * elapsed / days) - pi)
                running = True
            out.append([row["no"], Decimal(0), i, row["p"] - pp])
        period_start = row["due"]
    return out


def pay(rows, paid, day, start, amount):
    left, split = Decimal(amount), []
    its = items(rows, paid, day, start)
    payoff = sum(f + i + p for _, f, i, p in its)
    assert left <= payoff, "overpayment"
    for no, f, i, p in its:
        tf, left = min(left, f), left - min(left, f)
        ti, left = min(left, i), left - min(left, i)
        tp, left = min(left, p), left - min(left, p)
        old = paid.get(no, (Decimal(0), Decimal(0), Decimal(0)))
        paid[no] = (old[0] + tp, old[1] + ti, old[2] + tf)
        split.append((no, tf, ti, tp))
    return split, payoff


def repayment_story():
    print("== 10,000 at 1 %/month, equal principal, 10 months, paid out 2026-01-05")
    start = date(2026, 1, 5)
    rows = equal_principal(10000, F(1, 100), 10, start)
    paid, totals = {}, {"f": 0, "i": 0, "p": 0}
    for day, amount in [(date(2026, 2, 5), "1100"), (date(2026, 3, 5), "1090"),
                        (date(2026, 4, 5), "1080"), (date(2026, 6, 5), "1500")]:
        split, payoff = pay(rows, paid, day, start, amount)
        f = sum(s[1] for s in split); i = sum(s[2] for s in split); p = sum(s[3] for s in split)
        totals["f"] += f; totals["i"] += i; totals["p"] += p
        print(day, "paid", amount, "fine", f, "interest", i, "principal", p,
              "| payoff before", payoff, "| detail", [s for s in split if sum(s[1:]) > 0])
        print("   outstanding principal", 10000 - totals["p"], "interest so far", totals["i"],
              "fines so far", totals["f"])
    day = date(2026, 6, 20)
    its = items(rows, paid, day, start)
    print(day, "payoff items", its, "payoff", sum(f + i + p for _, f, i, p in its))
    split, payoff = pay(rows, paid, day, start, sum(f + i + p for _, f, i, p in its))
    totals["f"] += sum(s[1] for s in split); totals["i"] += sum(s[2] for s in split)
    totals["p"] += sum(s[3] for s in split)
    print("   totals", totals, "cash in", totals["f"] + totals["i"] + totals["p"])


def leave_story():
    print("== leave: 5,000 savings; 3,000 at 1 %/month equal principal 3 months from 2026-01-05")
    start = date(2026, 1, 5)
    rows = equal_principal(3000, F(1, 100), 3, start)
    print("   schedule", [(r["due"], r["p"], r["i"]) for r in rows])
    day = date(2026, 1, 20)
    its = items(rows, {}, day, start)
    payoff = sum(f + i + p for _, f, i, p in its)
    print(day, "payoff items", its, "payoff", payoff, "paid out", 5000 - payoff)


def meeting_story():
    print("== meeting 2026-02-05: C's 2,000 at 1 %/month equal principal 2 months from 2026-01-10")
    start = date(2026, 1, 10)
    rows = equal_principal(2000, F(1, 100), 2, start)
    day = date(2026, 2, 5)
    its = items(rows, {}, day, start)
    print("   due now", [x for x in its if rows[x[0] - 1]["due"] <= end_of_month(day)],
          "payoff", sum(f + i + p for _, f, i, p in its))
    sajja = {"A": 4 * 50, "B": 2 * 50, "C": 10 * 50}
    receipts = [sajja["A"], sajja["B"] + 50, sajja["C"] + 1020]
    print("   sajja due", sajja, "receipts", receipts, "total", sum(receipts))
    print("   cash: 10,000 opening + 3 fees of 20 - 2,000 lent + meeting =",
          10000 + 60 - 2000 + sum(receipts))
    paid = {}
    pay(rows, paid, day, start, "1020")
    april = date(2026, 4, 5)
    its = items(rows, paid, april, start)
    print(april, "C absent in March: loan items", its, "days late", (rows[1]["due"] - april).days * -1,
          "sajja 500 + arrears 500 + fine 10 + loan", sum(f + i + p for _, f, i, p in its))


if __name__ == "__main__":
    repayment_story()
    leave_story()
    meeting_story()
