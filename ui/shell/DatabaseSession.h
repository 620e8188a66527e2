#pragma once

#include <QObject>

#include <memory>

namespace thanrak {
class Database;
}

namespace thanrak::ui {

// The file the program has open, if any. Opening or creating replaces the
// current file only once the new one is ready; failures throw thanrak::Error
// (usually StorageError) with a Thai message and leave the current file open.
class DatabaseSession : public QObject {
    Q_OBJECT

public:
    DatabaseSession();
    ~DatabaseSession() override;

    bool isOpen() const { return database_ != nullptr; }
    Database& database() const { return *database_; }
    QString path() const;

    void open(const QString& path);
    // A new file with the shipped provinces and districts.
    void create(const QString& path);
    // The demo district file in the data folder, made on first use.
    void openDemo();
    void close();

signals:
    // Another file was opened, or the file was closed.
    void changed();

private:
    void adopt(std::unique_ptr<Database> database);

    std::unique_ptr<Database> database_;
};

}  // namespace thanrak::ui
