"""An aiosmtpd handler for the tests: a Maildir that takes DELAY seconds to say 250.

The message is stored first and the reply waits, so a send stays in flight long enough
for a test to cut the database off in the middle of it.

    python -m aiosmtpd -n -l 127.0.0.1:PORT -c slow_mailbox.SlowMailbox DELAY MAILDIR
"""

import asyncio

from aiosmtpd.handlers import Mailbox


class SlowMailbox(Mailbox):
    def __init__(self, delay, mail_dir):
        super().__init__(mail_dir)
        self.delay = float(delay)

    async def handle_DATA(self, server, session, envelope):
        reply = await super().handle_DATA(server, session, envelope)
        await asyncio.sleep(self.delay)
        return reply

    @classmethod
    def from_cli(cls, parser, *args):
        if len(args) != 2:
            parser.error("SlowMailbox takes DELAY and MAILDIR")
        return cls(args[0], args[1])
