#include "thai/ThaiText.h"

#include <utility>

namespace thanrak {

namespace {

constexpr char16_t kNikhahit = u'\u0E4D';
constexpr char16_t kSaraAa = u'\u0E32';
constexpr char16_t kSaraAm = u'\u0E33';

bool isInvisible(QChar c) {
    const char16_t u = c.unicode();
    return u == u'\u200B' || u == u'\u200C' || u == u'\u200D' || u == u'\uFEFF';
}

bool isBlank(QChar c) {
    return c == u' ' || c == u'\t';
}

bool isCombiningMark(QChar c) {
    const char16_t u = c.unicode();
    return u == u'\u0E31' || (u >= u'\u0E34' && u <= u'\u0E3A') ||
           (u >= u'\u0E47' && u <= u'\u0E4E');
}

bool isToneMark(QChar c) {
    return c >= u'\u0E48' && c <= u'\u0E4B';
}

bool isUpperOrLowerVowel(QChar c) {
    return c == u'\u0E31' || (c >= u'\u0E34' && c <= u'\u0E39');
}

// Runs of blanks become one space, and vanish when a combining mark follows, since a
// mark never starts a word: the space is an artefact of PDF text extraction.
QString tidySpaces(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isBlank(text[i])) {
            out += text[i];
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isBlank(text[end])) ++end;
        if (end == text.size() || !isCombiningMark(text[end]))
            out += u' ';
        i = end - 1;
    }
    return out.trimmed();
}

// Old fonts and PDF extraction write SARA AM as its two visual parts.
QString composeSaraAm(QString text) {
    const QChar nikhahit(kNikhahit), saraAa(kSaraAa), saraAm(kSaraAm);
    text.replace(QString(nikhahit) + saraAa, QString(saraAm));
    for (char16_t tone = u'\u0E48'; tone <= u'\u0E4B'; ++tone)
        text.replace(QString(nikhahit) + QChar(tone) + saraAa, QString(QChar(tone)) + saraAm);
    return text;
}

// Unicode stores the vowel before the tone mark; typed the other way round the
// text looks the same but no longer matches or sorts with the correct spelling.
QString putVowelsBeforeTones(QString text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (isToneMark(text[i]) && isUpperOrLowerVowel(text[i + 1])) {
            std::swap(text[i], text[i + 1]);
            ++i;
        }
    }
    return text;
}

}  // namespace

QString cleanThaiText(QString text) {
    text.removeIf(isInvisible);
    text.replace(QChar(u'\u00A0'), QChar(u' '));
    return putVowelsBeforeTones(composeSaraAm(tidySpaces(text)));
}

}  // namespace thanrak
