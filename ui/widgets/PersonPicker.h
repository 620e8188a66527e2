#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QLineEdit;
class QListWidget;

namespace thanrak::ui {

// One person a picker can offer: the id the core wants and the line the user reads.
struct PickChoice {
    QString id;
    QString label;
};

// Search as you type, then pick one person from the list (arrow keys work from
// the search box). The choices come from the caller, e.g. PersonRepository::search.
class PersonPicker : public QWidget {
    Q_OBJECT

public:
    using Source = std::function<QList<PickChoice>(const QString& text)>;

    explicit PersonPicker(Source source, QWidget* parent = nullptr);

    QString currentId() const;
    QLineEdit* searchBox() const { return search_; }
    QListWidget* list() const { return list_; }

signals:
    void chosen();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refill();

    Source source_;
    QLineEdit* search_;
    QListWidget* list_;
};

}  // namespace thanrak::ui
