"""The organisation store's password, kept in the system keyring and nowhere else.

The keyring is the system's own (Secret Service on Linux, Credential Manager on Windows, the
Keychain on macOS): the password is never written to a file of the app, the repository or the
portable folder. Each database has its own entry: service :data:`KEYRING_SERVICE`, user
``role@host:port/database``.
"""

from __future__ import annotations

from coprod_desktop.domain.errors import CoprodError

#: The service name under which the keyring holds organisation-store passwords.
KEYRING_SERVICE = "coprod-desktop"


class KeyringError(CoprodError):
    """The system keyring cannot keep or give the password; the message names why."""


def saved_password(user: str) -> str | None:
    """The keyring's password for ``user``, or None when there is no keyring or no entry."""
    try:
        import keyring
        from keyring.errors import KeyringError as Refused
    except ImportError:  # pragma: no cover - a dependency; tolerated missing in odd bundles
        return None
    try:
        found = keyring.get_password(KEYRING_SERVICE, user)
    except (Refused, RuntimeError, OSError):  # no usable keyring on this machine
        return None
    return found if isinstance(found, str) else None


def save_password(user: str, password: str) -> None:
    """Keep ``password`` for ``user`` in the system keyring; raises KeyringError if it cannot."""
    import keyring
    from keyring.errors import KeyringError as Refused

    try:
        keyring.set_password(KEYRING_SERVICE, user, password)
    except (Refused, RuntimeError, OSError) as exc:
        raise KeyringError("keyring.unusable", detail=_first_line(exc)) from exc


def forget_password(user: str) -> bool:
    """Remove ``user``'s password from the keyring; False when there was none to remove."""
    import keyring
    from keyring.errors import KeyringError as Refused
    from keyring.errors import PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, user)
    except PasswordDeleteError:
        return False
    except (Refused, RuntimeError, OSError) as exc:
        raise KeyringError("keyring.unusable", detail=_first_line(exc)) from exc
    return True


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
