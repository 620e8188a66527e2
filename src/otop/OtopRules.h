#pragma once

#include "domain/Validation.h"
#include "otop/OtopRecords.h"

namespace thanrak {

// How far ahead the start screen and the expiry list look.
constexpr int kCertificateWarningDays = 90;

// The default round of a year: the three parts of the OPC scoresheet with
// their full marks, and 5★ ≥ 90, 4★ 80–89, 3★ 70–79, 2★ 50–69, 1★ below 50.
ChampionRound defaultChampionRound(int year);

// Stars for a total under a round's thresholds (1 to 5).
int starsFor(const ChampionRound& round, int total);

CertificateState certificateState(const ProductCertificate& certificate, const QDate& day,
                                  int warningDays = kCertificateWarningDays);

// Rules that need no database. Each problem names its field.
FieldProblems validateProducer(const OtopProducer& producer, const QDate& today);
FieldProblems validateProduct(const OtopProduct& product);
FieldProblems validateCertificate(const ProductCertificate& certificate, const QDate& today);
FieldProblems validateRound(const ChampionRound& round);
FieldProblems validateRating(const ChampionRound& round, const ProductRating& rating,
                             const QDate& today);
FieldProblems validateSales(const MonthlySales& sales, const QDate& today);
FieldProblems validateTarget(const SalesTarget& target);

}  // namespace thanrak
