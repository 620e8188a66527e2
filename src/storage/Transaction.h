#pragma once

#include <QSqlDatabase>
#include <QString>

namespace thanrak {

// One user action = one transaction. The outermost Transaction on a
// connection runs BEGIN IMMEDIATE (taking the write lock up front so a second
// window cannot interleave); one made while another is open becomes a
// SAVEPOINT, so a repository's save can be part of a bigger action such as
// posting a whole meeting. Anything not committed when the object dies is
// rolled back, which is what leaves the file exactly as it was after a failure.
class Transaction {
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    void exec(const QString& statement);

    QSqlDatabase& db_;
    QString savepoint_;  // empty for the outermost transaction
    bool open_ = false;
};

}  // namespace thanrak
