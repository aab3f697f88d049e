"""The safety net's signs as DIET's features (rasa_server/safety_features.py)."""
import numpy as np
from rasa.engine.graph import ExecutionContext
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from rasa_server.safety_features import FEATURES, SafetySignFeaturizer, features_of


def _present(text: str) -> set[str]:
    return {name for name, value in zip(FEATURES, features_of(text)[0]) if value}


def test_a_sign_gives_its_group_and_the_nets_verdict():
    assert _present("jeg har spart opp piller, orker ikke mer") >= {"suicidal", "verdict_crisis"}
    assert _present("har ikke penger til mat til ungene i helga") >= {"no_food", "verdict_urgent_need"}


def test_one_indirect_sign_alone_is_a_group_but_no_verdict():
    present = _present("har gitt bort katten min")
    assert "indirect" in present
    assert not {"verdict_crisis", "verdict_urgent_need"} & present


def test_an_ordinary_message_has_no_feature():
    assert _present("kan vi flytte møtet til torsdag?") == set()
    assert _present("har ikke penger på telefonen, kan du ringe meg") == set()


def test_the_featurizer_adds_a_sentence_row_and_empty_sequence_rows_of_the_same_width(tmp_path):
    storage = LocalModelStorage(tmp_path)
    context = ExecutionContext(graph_schema=None, node_name="safety_signs")
    tokenizer = WhitespaceTokenizer.create(WhitespaceTokenizer.get_default_config(), storage,
                                           Resource("tokenizer"), context)
    featurizer = SafetySignFeaturizer.create(SafetySignFeaturizer.get_default_config(), storage,
                                             Resource("safety_signs"), context)
    crisis, ordinary = Message({TEXT: "vil ikke leve lenger"}), Message({TEXT: "ja jeg kommer i morgen"})
    tokenizer.process_training_data(TrainingData([crisis, ordinary]))
    featurizer.process_training_data(TrainingData([crisis, ordinary]))

    sequence, sentence = crisis.get_sparse_features(TEXT)
    assert sequence.features.shape == (4, len(FEATURES)) and sequence.features.nnz == 0
    assert sentence.features.shape == (1, len(FEATURES))
    assert np.array_equal(sentence.features.toarray(), features_of("vil ikke leve lenger"))
    assert sentence.features.toarray()[0][FEATURES.index("verdict_crisis")] == 1.0
    assert ordinary.get_sparse_features(TEXT)[1].features.nnz == 0
