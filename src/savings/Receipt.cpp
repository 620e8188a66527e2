#include "savings/Receipt.h"

#include "thai/ThaiDate.h"

#include "base/EnumKeys.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace thanrak {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(Savings)
};
}  // namespace

namespace {
constexpr EnumKeys<ReceiptLineKind, 10> kKinds({{
    {ReceiptLineKind::Sajja, "sajja"},
    {ReceiptLineKind::Deposit, "deposit"},
    {ReceiptLineKind::EntranceFee, "entrance_fee"},
    {ReceiptLineKind::Principal, "principal"},
    {ReceiptLineKind::Interest, "interest"},
    {ReceiptLineKind::Fine, "fine"},
    {ReceiptLineKind::Other, "other"},
    {ReceiptLineKind::Shares, "shares"},
    {ReceiptLineKind::ContractFee, "contract_fee"},
    {ReceiptLineKind::RiskFund, "risk_fund"},
}});
}  // namespace

QString receiptLineKindKey(ReceiptLineKind kind) {
    return kKinds.key(kind);
}

std::optional<ReceiptLineKind> receiptLineKindFromKey(const QString& key) {
    return kKinds.fromKey(key);
}

QString receiptLineKindLabel(ReceiptLineKind kind) {
    switch (kind) {
        case ReceiptLineKind::Sajja:
            return Text::tr("เงินสัจจะสะสม");
        case ReceiptLineKind::Deposit:
            return Text::tr("เงินฝาก");
        case ReceiptLineKind::EntranceFee:
            return Text::tr("ค่าธรรมเนียมแรกเข้า");
        case ReceiptLineKind::Principal:
            return Text::tr("เงินต้น");
        case ReceiptLineKind::Interest:
            return Text::tr("ดอกเบี้ย");
        case ReceiptLineKind::Fine:
            return Text::tr("ค่าปรับ");
        case ReceiptLineKind::Other:
            return Text::tr("อื่น ๆ");
        case ReceiptLineKind::Shares:
            return Text::tr("ค่าหุ้น");
        case ReceiptLineKind::ContractFee:
            return Text::tr("ค่าธรรมเนียมสัญญาเงินกู้");
        case ReceiptLineKind::RiskFund:
            return Text::tr("เงินประกันความเสี่ยง");
    }
    return {};
}

QString paymentMethodKey(PaymentMethod method) {
    return method == PaymentMethod::Cash ? QStringLiteral("cash")
                                         : QStringLiteral("savings_offset");
}

std::optional<PaymentMethod> paymentMethodFromKey(const QString& key) {
    if (key == QLatin1String("cash"))
        return PaymentMethod::Cash;
    if (key == QLatin1String("savings_offset"))
        return PaymentMethod::SavingsOffset;
    return std::nullopt;
}

QString receiptNoText(const Receipt& receipt) {
    return QStringLiteral("%1/%2").arg(receipt.receiptNo).arg(buddhistYear(receipt.receiptYear));
}

}  // namespace thanrak
