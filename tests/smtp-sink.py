#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server for the tests (Debian's python3-aiosmtpd), recording what it accepts.

Every accepted message is written to DIR as <n>.eml (the bytes as received) and a line in
DIR/received.jsonl: {"file", "mail_from", "rcpt_tos", "message_id"}. Faults are read from the JSON
file named by --control at each step, so a test can change them while the server runs:

  {"greet_421": 2,                       # the next 2 connections are refused with 421 at the greeting
   "rcpt_550": ["a@x.org"],              # these recipients are refused for good
   "rcpt_451_once": ["b@x.org"],         # refused for now, the first time only
   "data_451_once": ["c@x.org"],         # the message is refused for now after DATA, the first time
   "cut_after_data_once": ["d@x.org"],   # the connection is cut after the message, before the answer
   "cut_after_data_every": 0,            # cut after every Nth message (0: never), first attempt each
   "delay_ms": 0}                        # wait before answering each message

Prints "READY <port>" once it listens. With --tls-cert/--tls-key it offers STARTTLS (or, with
--implicit-tls, speaks TLS from the first byte); with --auth USER:PASSWORD it requires that login
(over TLS when TLS is offered).
"""
import argparse
import asyncio
import email.parser
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Faults:
    def __init__(self, path):
        self.path = path
        self.seen = {}  # (fault, address) -> times it fired
        self.greeted_421 = 0
        self.messages = 0

    def read(self):
        if not self.path or not os.path.exists(self.path):
            return {}
        try:
            with open(self.path, encoding="utf-8") as f:
                return json.load(f)
        except (OSError, ValueError):
            return {}

    def once(self, name, address):
        if address.lower() not in [a.lower() for a in self.read().get(name, [])]:
            return False
        key = (name, address.lower())
        self.seen[key] = self.seen.get(key, 0) + 1
        return self.seen[key] == 1


class Recorder:
    def __init__(self, folder, faults):
        self.folder = folder
        self.faults = faults
        self.count = len([n for n in os.listdir(folder) if n.endswith(".eml")])
        self.log = open(os.path.join(folder, "received.jsonl"), "a", encoding="utf-8")
        self.attempted = set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        faults = self.faults.read()
        if address.lower() in [a.lower() for a in faults.get("rcpt_550", [])]:
            return "550 5.1.1 <%s>: no such mailbox here" % address
        if self.faults.once("rcpt_451_once", address):
            return "451 4.3.0 <%s>: try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        faults = self.faults.read()
        delay = faults.get("delay_ms", 0)
        if delay:
            await asyncio.sleep(delay / 1000.0)
        rcpt = envelope.rcpt_tos[0] if envelope.rcpt_tos else ""
        headers = email.parser.BytesHeaderParser().parsebytes(envelope.original_content or envelope.content)
        message_id = (headers.get("Message-ID") or "").strip()
        every = faults.get("cut_after_data_every", 0)
        first_attempt = message_id not in self.attempted
        self.attempted.add(message_id)
        self.faults.messages += 1
        if self.faults.once("cut_after_data_once", rcpt) or (every and first_attempt and self.faults.messages % every == 0):
            server.transport.abort()  # no answer: the client cannot know whether it was taken
            return "421 closing"
        if self.faults.once("data_451_once", rcpt):
            return "451 4.3.2 please try again later"
        self.count += 1
        name = "%06d.eml" % self.count
        with open(os.path.join(self.folder, name), "wb") as f:
            f.write(envelope.original_content or envelope.content)
        self.log.write(json.dumps({"file": name, "mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                                   "message_id": message_id}) + "\n")
        self.log.flush()
        return "250 2.0.0 Ok: queued as %d" % self.count


class SinkSMTP(SMTP):
    def __init__(self, handler, faults, **kwargs):
        super().__init__(handler, **kwargs)
        self.faults = faults

    async def _handle_client(self):
        wanted = self.faults.read().get("greet_421", 0)
        if self.faults.greeted_421 < wanted:
            self.faults.greeted_421 += 1
            await self.push("421 4.3.2 too busy, come back later")
            self.transport.close()
            return
        await super()._handle_client()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--control")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--auth")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (SMTPS, port 465 style)")
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    faults = Faults(args.control)
    recorder = Recorder(args.dir, faults)
    kwargs = {"hostname": "sink.test", "data_size_limit": 30 * 1024 * 1024, "decode_data": False}
    context = None
    if args.tls_cert:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        if not args.implicit_tls:
            kwargs["tls_context"] = context
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            return AuthResult(success=ok)
        kwargs["authenticator"] = authenticator
        kwargs["auth_required"] = True
        kwargs["auth_require_tls"] = bool(args.tls_cert) and not args.implicit_tls

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    server = loop.run_until_complete(
        loop.create_server(lambda: SinkSMTP(recorder, faults, loop=loop, **kwargs), "127.0.0.1", args.port,
                           ssl=context if args.implicit_tls else None))
    print("READY %d" % server.sockets[0].getsockname()[1], flush=True)
    try:
        loop.run_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    sys.exit(main())
