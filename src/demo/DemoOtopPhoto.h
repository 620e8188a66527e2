#pragma once

#include "otop/OtopTypes.h"

#include <QByteArray>

namespace thanrak::demo {

// A small PNG standing in for a product's photo: a label in the category's
// colour with a simple drawing of what the category makes, and `variant`
// dots so that products of one category can be told apart. Drawn with shapes
// only, so it needs no fonts (the demo also runs in console programs).
QByteArray demoProductPhoto(OtopCategory category, int variant);

}  // namespace thanrak::demo
