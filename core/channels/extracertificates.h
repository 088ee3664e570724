#pragma once

#include "model/result.h"

#include <QString>

namespace Tidings {

// Names a PEM file of certificate authorities that https connections trust besides the system's: a company
// proxy that inspects TLS, a mail relay with a private certificate, or a test's loopback provider. The same
// idea as Node.js's NODE_EXTRA_CA_CERTS.
inline constexpr char kExtraCaCertsVariable[] = "TIDINGS_EXTRA_CA_CERTS";

// Adds every certificate in the PEM file `path` to the authorities that every TLS connection of this process
// trusts (the default QSslConfiguration). Call it before the first connection. Returns the number added; an
// error names the file when it cannot be read or holds no certificate, and then nothing is added.
Result<int> trustExtraCertificates(const QString &path);

// trustExtraCertificates() of the file kExtraCaCertsVariable names; 0 and nothing done when it is unset or empty.
Result<int> trustExtraCertificatesFromEnvironment();

} // namespace Tidings
