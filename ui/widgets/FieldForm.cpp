#include "widgets/FieldForm.h"

#include "widgets/FieldMessage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace thanrak::ui {

FieldForm::FieldForm(QWidget* parent) : QWidget(parent) {
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(fontMetrics().averageCharWidth() * 5);
    for (QGridLayout*& grid : columns_) {
        grid = new QGridLayout;
        grid->setColumnStretch(1, 1);
        grid->setVerticalSpacing(fontMetrics().height() / 4);
        grid->setHorizontalSpacing(fontMetrics().averageCharWidth() * 2);
        // Rows keep to the top of their column when the other one is taller.
        auto* column = new QVBoxLayout;
        column->addLayout(grid);
        column->addStretch(1);
        row->addLayout(column, 1);
    }
}

void FieldForm::addRow(const QString& label, QWidget* editor, const QString& field, int column) {
    QGridLayout* grid = columns_[column];
    const int row = grid->rowCount();
    auto* caption = new QLabel(label, this);
    caption->setBuddy(editor);
    // As tall as a text box, so the label lines up with the first line of
    // any editor, even one of several rows.
    caption->setMinimumHeight(QLineEdit().sizeHint().height());
    caption->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    grid->addWidget(caption, row, 0, Qt::AlignTop);
    grid->addWidget(editor, row, 1);
    if (field.isEmpty())
        return;
    auto* message = new FieldMessage(this);
    message->setObjectName(QStringLiteral("problem_") + field);
    grid->addWidget(message, row + 1, 1);
    messages_.insert(field, message);
}

void FieldForm::alsoShow(const QString& field, const QString& underField) {
    aliases_.insert(field, underField);
}

FieldProblems FieldForm::showProblems(const FieldProblems& problems, const QSet<QString>& visible) {
    QHash<QString, QStringList> texts;
    FieldProblems homeless;
    for (const FieldProblem& problem : problems) {
        const QString row = aliases_.value(problem.field, problem.field);
        if (problem.message.isEmpty())
            continue;  // shown by the editor itself (a date that cannot be read)
        if (!messages_.contains(row))
            homeless.append(problem);
        else if (visible.contains(problem.field))
            texts[row].append(problem.message);
    }
    for (auto it = messages_.cbegin(); it != messages_.cend(); ++it)
        it.value()->showMessage(texts.value(it.key()).join(QLatin1Char('\n')));
    return homeless;
}

}  // namespace thanrak::ui
