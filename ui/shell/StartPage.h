#pragma once

#include <QWidget>

class QPushButton;

namespace thanrak::ui {

// What the window shows when no file is open: four big buttons, one per way in.
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(QWidget* parent = nullptr);

    // Shows the newest recent file on its button, or disables it.
    void refresh();

signals:
    void openRecentRequested(const QString& path);
    void openRequested();
    void createRequested();
    void demoRequested();

private:
    QPushButton* addButton(const QString& text, const QString& name);

    QWidget* column_;
    QPushButton* recent_;
    QString recentPath_;
};

}  // namespace thanrak::ui
