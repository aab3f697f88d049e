"""The action server starts with every custom action the domain names (an action class it
cannot register stops the whole server)."""
import yaml
from rasa_sdk.executor import ActionExecutor

from tests.unit.test_user_texts import ROOT


def test_every_custom_action_in_the_domain_is_registered():
    executor = ActionExecutor()
    executor.register_package("actions")
    named = {action for path in (ROOT / "nlu" / "domain").glob("*.yml")
             for action in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("actions") or []
             if action.startswith("action_")}
    assert named and named <= set(executor.actions), named - set(executor.actions)
