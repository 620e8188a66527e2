#pragma once

#include "domain/Validation.h"

#include <QDate>
#include <QString>

namespace thanrak {

// A person's membership of one organisation (สมาชิก), with the member number
// the group uses on its books.
struct Membership {
    QString id;
    QString organisationId;
    QString personId;
    QString memberNo;
    QDate joinedOn;
    QDate leftOn;  // null while still a member
    QString createdAt;
    QString updatedAt;

    bool activeOn(const QDate& day) const {
        return joinedOn <= day && (leftOn.isNull() || leftOn >= day);
    }
};

FieldProblems validateMembership(const Membership& membership, const QDate& today);

}  // namespace thanrak
