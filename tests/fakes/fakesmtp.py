#!/usr/bin/env python3
"""A loopback SMTP server for tests (aiosmtpd).

fakesmtp.py PORT FOLDER MODE [USER PASSWORD]
  MODE ok        accept; each message is written to FOLDER/<n>.eml (envelope in FOLDER/<n>.env)
  MODE 451|452|550|552|553|554  answer that code to DATA (or RCPT for 550/553)
  MODE 454|534   answer that code to AUTH (a temporary failure; an app password required)
  MODE hang      accept the connection and never answer
With USER and PASSWORD, AUTH is required and anything else gets 535.
FOLDER/session.log gets one line per AUTH ("AUTH ok", "AUTH refused"), MAIL, RCPT, DATA and QUIT.
Prints "READY" on stdout once it listens.
"""
import asyncio
import os
import socket
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

port, folder, mode = int(sys.argv[1]), sys.argv[2], sys.argv[3]
user = sys.argv[4] if len(sys.argv) > 5 else None
password = sys.argv[5] if len(sys.argv) > 5 else None

TEXT = {
    "451": "451 4.3.0 Temporary local problem, try later",
    "452": "452 4.5.3 Too many recipients this hour",
    "550": "550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown",
    "553": "553 5.7.1 Sender address rejected: not owned by user",
    "552": "552 5.3.4 Message size exceeds fixed limit",
    "554": "554 5.7.1 Message rejected as spam",
}
AUTH_TEXT = {
    "454": "454 4.7.0 Temporary authentication failure",
    "534": "534 5.7.9 Application-specific password required",
}


def log(line):
    with open(os.path.join(folder, "session.log"), "a") as f:
        f.write(line + "\n")


class Handler:
    count = 0

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        log("MAIL")
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_QUIT(self, server, session, envelope):
        log("QUIT")
        return "221 Bye"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        log("RCPT")
        if mode in ("550", "553"):
            return TEXT[mode]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        log("DATA")
        if mode in TEXT:
            return TEXT[mode]
        Handler.count += 1
        base = os.path.join(folder, str(Handler.count))
        with open(base + ".env", "w") as f:
            f.write(envelope.mail_from + "\n" + "\n".join(envelope.rcpt_tos) + "\n")
        data = envelope.original_content or envelope.content
        with open(base + ".tmp", "wb") as f:
            f.write(data)
        os.rename(base + ".tmp", base + ".eml")
        return "250 2.0.0 Ok: queued as FAKE%d" % Handler.count


def authenticator(server, session, envelope, mechanism, auth_data):
    if mode in AUTH_TEXT:
        log("AUTH refused")
        return AuthResult(success=False, handled=False, message=AUTH_TEXT[mode])
    if isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
            and auth_data.password.decode() == password:
        log("AUTH ok")
        return AuthResult(success=True)
    log("AUTH refused")
    return AuthResult(success=False, handled=False)


if mode == "hang":
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen(5)
    print("READY", flush=True)
    conns = []
    while True:
        c, _ = s.accept()
        conns.append(c)

kwargs = dict(hostname="127.0.0.1", port=port)
if user:
    kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=False)
controller = Controller(Handler(), **kwargs)
controller.start()
print("READY", flush=True)
try:
    while True:
        time.sleep(3600)
finally:
    controller.stop()
