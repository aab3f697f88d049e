import pytest

from services.messaging.phone import InvalidPhoneNumber, normalise_phone, phone_hash
from services.settings import ConfigurationError, Settings


@pytest.mark.parametrize("raw", ["+4791234567", "91234567", "912 34 567", "004791234567", "+47 912 34 567"])
def test_norwegian_numbers_are_normalised_to_e164(raw):
    assert normalise_phone(raw) == "+4791234567"


def test_foreign_numbers_keep_their_country():
    assert normalise_phone("+46701234567") == "+46701234567"


@pytest.mark.parametrize("raw", ["", "hei", "123", "+47 1"])
def test_what_is_not_a_phone_number_is_refused(raw):
    with pytest.raises(InvalidPhoneNumber):
        normalise_phone(raw)


def test_the_number_hash_is_keyed_and_stable():
    assert phone_hash("+4791234567", "a") == phone_hash("+4791234567", "a")
    assert phone_hash("+4791234567", "a") != phone_hash("+4791234567", "b")
    assert "91234567" not in phone_hash("+4791234567", "a")


def test_production_refuses_to_start_without_its_secrets():
    with pytest.raises(ConfigurationError, match="PUBLIC_BASE_URL"):
        Settings.from_env({"KONTAKT_ENV": "production"})


def test_development_needs_no_configuration_and_writes_sms_to_a_local_outbox(tmp_path, capsys):
    settings = Settings.from_env({"SMS_OUTBOX_PATH": str(tmp_path / "outbox.jsonl")})
    assert not settings.uses_twilio
    settings.sms_sender().send("+4791234567", "Hei Ola, møtet er i morgen", None)
    assert '"body": "Hei Ola, møtet er i morgen"' in (tmp_path / "outbox.jsonl").read_text()
    console = capsys.readouterr().out
    assert "Hei Ola, møtet er i morgen" in console and "91234567" not in console
