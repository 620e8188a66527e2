#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace thanrak {
class Database;
}

namespace thanrak::ui {

class ListTable;
class PlaceFilterBar;

// แผนทั้งหมด: the district's plans, narrowed to a tambon, each with its
// organisation, latest version and where it stands in each of the four
// steps; plans are made, edited and deleted here. Enter or a double-click
// opens the chosen plan's canvas.
class PlanListTab : public QWidget {
    Q_OBJECT

public:
    PlanListTab(Database& database, QWidget* parent = nullptr);

    void reload();
    QString currentPlanId() const;
    void select(const QString& planId);
    ListTable* table() const { return table_; }
    PlaceFilterBar* places() const { return places_; }

    void newPlan();
    void editPlan();
    void removePlan();

signals:
    void currentChanged();
    void opened();
    // A plan was made, edited or deleted.
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateButtons();

    Database& db_;
    PlaceFilterBar* places_;
    ListTable* table_;
    QPushButton* add_;
    QPushButton* edit_;
    QPushButton* remove_;
    QPushButton* open_;
    QLabel* legend_;
};

}  // namespace thanrak::ui
