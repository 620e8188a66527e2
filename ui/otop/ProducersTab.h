#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;

// The registered producers: type, place, link, members, registration and
// how many products each has; register, edit and remove.
class ProducersTab : public QWidget {
    Q_OBJECT

public:
    ProducersTab(Database& database, QWidget* parent = nullptr);
    void reload(const QString& subdistrictCode);
    ListTable* table() const { return table_; }

signals:
    void changed();

private:
    void fill();
    void add();
    void edit();
    void remove();

    Database& db_;
    QString subdistrictCode_;
    QLineEdit* search_;
    ListTable* table_;
    QPushButton* add_;
    QPushButton* edit_;
    QPushButton* remove_;
};

}  // namespace thanrak::ui
