#!/usr/bin/env python3
"""Worked numbers for YearEndTest.cpp, computed independently of the C++ code.

DOMAIN.md §2: the profit is split into head pools by percentage (largest
remainder, the earlier head first on a tie); the dividend pool is shared by
time-weighted savings (opening x 12/12, money saved in month m x (12-m+1)/12),
the refund pool by interest paid; each member's share is rounded half-up to the
satang, and when that gives out more than the pool the pool is split by largest
remainder instead; what is left goes to the reserve.
Run: python3 year_end_numbers.py
"""
from fractions import Fraction as F
import math


def largest_remainder(total, weights):
    s = sum(weights)
    exact = [F(total) * w / s for w in weights]
    parts = [math.floor(x) for x in exact]
    left = total - sum(parts)
    order = sorted(range(len(weights)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def half_up(x):
    return math.floor(x + F(1, 2))


def whole_baht_down(x):
    return math.floor(x / 100) * 100


def split(pool, weights, rounding=half_up):
    s = sum(weights)
    if s == 0:
        return [0] * len(weights), pool
    amounts = [rounding(F(pool) * w / s) for w in weights]
    if sum(amounts) > pool:
        amounts = largest_remainder(pool, weights)
    return amounts, pool - sum(amounts)


def time_weighted(opening, deposits):
    return F(opening) + sum(F(d) * F(12 - i, 12) for i, d in enumerate(deposits))


def allocation(profit, heads, members, rounding=half_up):
    pools = largest_remainder(profit, [p for _, p in heads])
    print("pools", dict(zip([k for k, _ in heads], pools)))
    weights = [time_weighted(o, d) for o, d, _ in members]
    print("time-weighted (satang)", weights)
    dividends, rd = split(pools[1], weights, rounding)
    refunds, rr = split(pools[2], [i for _, _, i in members], rounding)
    print("dividends", dividends, "left", rd)
    print("refunds", refunds, "left", rr)
    print("totals", [a + b for a, b in zip(dividends, refunds)])
    print("reserve final", pools[0] + rd + rr)


satang = lambda baht: int(round(baht * 100))
HEADS = [("reserve", 10), ("dividend", 60), ("refund", 15), ("committee", 5),
         ("welfare", 5), ("public_benefit", 3), ("promotion", 2)]
# The story of 2026 (B.E. 2569): A, B and C.
A = (satang(12000), [satang(600)] + [0] * 11, 0)
B = (0, [0] * 6 + [satang(1200)] + [0] * 5, satang(300))
C = (satang(6000), [satang(300)] * 12, satang(900))
# income: interest 1,200.00 + fines 53.37 + bank interest 20.00; expense 250.00
profit = satang(1200) + 5337 + satang(20) - satang(250)
print("net profit", profit)
allocation(profit, HEADS, [A, B, C])
print("--- after a late expense of 23.37 (net profit 1,000.00)")
allocation(profit - 2337, HEADS, [A, B, C])
print("--- new rules: reserve 20, dividend 50, refund 20, committee 10, whole baht down")
allocation(profit, [("reserve", 20), ("dividend", 50), ("refund", 20), ("committee", 10)],
           [A, B, C], whole_baht_down)
