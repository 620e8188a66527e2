#include "savings/MeetingSheetModel.h"

#include "money/MoneyFormat.h"
#include "thai/ThaiDate.h"
#include "widgets/ItemRoles.h"

#include <QBrush>
#include <QFont>

namespace thanrak::ui {

namespace {
std::optional<SheetColumn> typedColumn(int column) {
    switch (column) {
        case MeetingSheetModel::SajjaPaid:
            return SheetColumn::Sajja;
        case MeetingSheetModel::DepositPaid:
            return SheetColumn::Deposit;
        case MeetingSheetModel::FinePaid:
            return SheetColumn::Fine;
        case MeetingSheetModel::LoanPaid:
            return SheetColumn::Loans;
        default:
            return std::nullopt;
    }
}

QString amountText(Money amount) {
    return amount.isZero() ? QStringLiteral("-") : formatMoney(amount);
}
}  // namespace

void MeetingSheetModel::setSheet(MeetingSheet sheet, bool readOnly) {
    beginResetModel();
    sheet_ = std::move(sheet);
    readOnly_ = readOnly;
    endResetModel();
    emit totalsChanged();
}

bool MeetingSheetModel::isEditable(const QModelIndex& index) const {
    const std::optional<SheetColumn> column = typedColumn(index.column());
    if (readOnly_ || !index.isValid() || !column)
        return false;
    if (*column == SheetColumn::Deposit)
        return sheet_.dues().depositsEnabled;
    if (*column == SheetColumn::Loans)
        return !sheet_.row(index.row()).dues.loans.isEmpty();
    return true;
}

void MeetingSheetModel::clearRow(int row) {
    sheet_.clearRow(row);
    emit dataChanged(index(row, SajjaPaid), index(row, TotalPaid));
    emit totalsChanged();
}

int MeetingSheetModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : sheet_.size();
}

int MeetingSheetModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MeetingSheetModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const SheetRow& row = sheet_.row(index.row());
    const int column = index.column();
    switch (role) {
        case Qt::DisplayRole:
            return display(row, column);
        case Qt::EditRole: {
            const std::optional<SheetColumn> typed = typedColumn(column);
            return typed ? formatMoney(sheet_.paid(index.row(), *typed)) : display(row, column);
        }
        case Qt::ToolTipRole:
            return toolTip(row, column);
        case Qt::TextAlignmentRole:
            return column >= SajjaDue ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case Qt::BackgroundRole:
            return isEditable(index) ? QVariant(QBrush(QColor(0xff, 0xfb, 0xe6))) : QVariant();
        case Qt::FontRole: {
            if (column != TotalPaid)
                return {};
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::ForegroundRole:
            return column == LoanDue && !row.dues.loans.isEmpty() &&
                           std::any_of(row.dues.loans.begin(), row.dues.loans.end(),
                                       [](const thanrak::LoanDue& l) {
                                           return l.standing.daysOverdue() > 0;
                                       })
                       ? QVariant(QBrush(Qt::darkRed))
                       : QVariant();
        case SortRole:
            return display(row, column);
        default:
            return {};
    }
}

QVariant MeetingSheetModel::display(const SheetRow& row, int column) const {
    switch (column) {
        case MemberNo:
            return row.dues.memberNo;
        case Name:
            return row.dues.name;
        case SajjaDue:
            return amountText(row.sajjaDue);
        case FineDue:
            return amountText(row.fineDue);
        case LoanDue:
            return amountText(row.loanDue);
        case SajjaPaid:
            return amountText(row.sajja);
        case DepositPaid:
            return amountText(row.deposit);
        case FinePaid:
            return amountText(row.fine);
        case LoanPaid:
            return amountText(row.loans);
        case TotalPaid:
            return amountText(row.paid());
        default:
            return {};
    }
}

QString MeetingSheetModel::toolTip(const SheetRow& row, int column) const {
    QStringList lines;
    if (column == SajjaDue)
        for (const SajjaMonth& missed : row.dues.sajja.missed)
            lines << tr("ค้างสัจจะเดือน%1 %2 บาท")
                         .arg(formatThaiMonthYear(monthStart(missed.month).year(),
                                                  monthStart(missed.month).month()),
                              formatMoney(missed.shortfall()));
    if (column == LoanDue || column == LoanPaid)
        for (const thanrak::LoanDue& loan : row.dues.loans) {
            QString line = tr("สัญญา %1: ถึงกำหนด %2 บาท ปิดบัญชี %3 บาท")
                               .arg(loan.contractNo, formatMoney(loan.standing.dueNow()),
                                    formatMoney(loan.standing.payoff()));
            if (loan.standing.daysOverdue() > 0)
                line += tr(" (ค้างชำระ %1 วัน)").arg(loan.standing.daysOverdue());
            lines << line;
        }
    return lines.join(QLatin1Char('\n'));
}

bool MeetingSheetModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const std::optional<SheetColumn> column = typedColumn(index.column());
    if (role != Qt::EditRole || !column || !isEditable(index))
        return false;
    const QString text = value.toString().trimmed();
    Money amount;
    try {
        amount = text.isEmpty() || text == QStringLiteral("-") ? Money() : parseMoney(text);
    } catch (const Error& error) {
        emit refused(error.message());
        return false;
    }
    const QString problem = sheet_.setPaid(index.row(), *column, amount);
    if (!problem.isEmpty()) {
        emit refused(tr("%1: %2").arg(sheet_.row(index.row()).dues.name, problem));
        return false;
    }
    emit dataChanged(index, this->index(index.row(), TotalPaid));
    emit totalsChanged();
    return true;
}

Qt::ItemFlags MeetingSheetModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return isEditable(index) ? f | Qt::ItemIsEditable : f;
}

QVariant MeetingSheetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
        case MemberNo:
            return tr("เลขที่");
        case Name:
            return tr("ชื่อ-สกุล");
        case SajjaDue:
            return tr("สัจจะที่ต้องส่ง");
        case FineDue:
            return tr("ค่าปรับที่ต้องส่ง");
        case LoanDue:
            return tr("งวดเงินกู้ที่ต้องส่ง");
        case SajjaPaid:
            return tr("รับสัจจะ");
        case DepositPaid:
            return tr("รับเงินฝาก");
        case FinePaid:
            return tr("รับค่าปรับ");
        case LoanPaid:
            return tr("รับชำระเงินกู้");
        case TotalPaid:
            return tr("รวมรับ");
        default:
            return {};
    }
}

}  // namespace thanrak::ui
