#pragma once

#include <QStringList>

// Thai names for the demo district: common north-eastern village names,
// given names and surnames. Invented combinations, not real people.
namespace thanrak::demo {

const QStringList& villageNames();
const QStringList& maleGivenNames();
const QStringList& femaleGivenNames();
const QStringList& surnames();

}  // namespace thanrak::demo
