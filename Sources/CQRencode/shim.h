// libqrencode (Debian: libqrencode-dev), the QR encoder; only the QRCode target imports this module.
#include <qrencode.h>
