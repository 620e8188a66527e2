#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace thanrak {

class Database;

// A monthly meeting (วันสัจจะ) whose payments were posted. One per month:
// posting the same month twice (a double click, a second PC) is refused.
struct Meeting {
    QString id;
    QString organisationId;
    QDate meetingDate;
    QString month;  // "2026-03"
    QString postedAt;
};

class MeetingRepository {
public:
    explicit MeetingRepository(Database& database) : db_(database) {}

    std::optional<Meeting> find(const QString& organisationId, const QString& month);
    void insert(Meeting& meeting);

private:
    Database& db_;
};

}  // namespace thanrak
