#pragma once

#include <QSslConfiguration>
#include <QString>

namespace Tidings::Test {

// The test-only certificate for 127.0.0.1 and localhost in tests/data/tls (see its README), which the loopback
// fakes serve https with. A client trusts it through trustExtraCertificates() or TIDINGS_EXTRA_CA_CERTS.
QString loopbackCertificatePath();

// A server configuration with that certificate and its key; a null configuration when either does not parse.
QSslConfiguration loopbackTlsServerConfiguration();

} // namespace Tidings::Test
