#pragma once

#include <QString>

namespace thanrak {

// The program's version ("0.1.0"), from the CMake project version.
QString programVersion();

}  // namespace thanrak
