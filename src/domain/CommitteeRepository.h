#pragma once

#include "domain/CommitteeTerm.h"

#include <QList>

namespace thanrak {

class Database;

struct CommitteeRow {
    CommitteeTerm term;
    QString personName;
};

class CommitteeRepository {
public:
    explicit CommitteeRepository(Database& database) : db_(database) {}

    // Terms current on `day` (all terms when `day` is null), by committee,
    // then role, then name.
    QList<CommitteeRow> terms(const QString& organisationId, const QDate& day = {});

    // validateCommitteeTerm plus: the person is a member of the organisation
    // at the start of the term; one chair, vice-chair, secretary and treasurer
    // per committee at a time.
    FieldProblems check(const CommitteeTerm& term);
    void save(CommitteeTerm& term);

private:
    Database& db_;
};

}  // namespace thanrak
