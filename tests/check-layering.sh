#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Enforces the one-way dependency rule of ARCHITECTURE.md section 1 by grepping includes:
# core has no QtGui/QtWidgets/QtNetwork/curl/Boost.Asio/Beast; sync has no QtWidgets; ui talks no SQL or HTTP;
# server includes nothing of the client vault/domain code.
set -u
root=${1:-$(dirname "$0")/..}
cd "$root" || exit 2
status=0
check() { # folder, regex, what
    [[ -d "$1" ]] || return 0
    local hits
    hits=$(grep -rnE "$2" "$1" --include='*.h' --include='*.cpp' 2>/dev/null || true)
    if [[ -n "$hits" ]]; then
        echo "Layering violation: $1 $3:"
        echo "$hits"
        status=1
    fi
}
check core '#include *<(Qt(Gui|Widgets|Network)|QWidget|QApplication|QNetwork|QImage|QPixmap|curl/|httplib|boost/(asio|beast))' "includes GUI or networking"
check core '#include *"(ui|sync|app|server)/' "includes an upper layer"
check sync '#include *<(QtWidgets|QWidget|QApplication|QMainWindow|QDialog)' "includes Qt Widgets"
check sync '#include *"(ui|app|server)/' "includes an upper layer"
check ui '#include *[<"](sqlite3\.h|curl/curl\.h|httplib\.h|boost/(asio|beast))' "talks SQL or HTTP directly"
check ui '#include *"(app|server)/' "includes an upper layer"
check server '#include *"core/(vault|domain|progress)/' "links client vault code"
check server '#include *"(ui|sync|app)/' "includes client code"
[[ $status -eq 0 ]] && echo "Layering OK"
exit $status
