"""A speech server for Orca that makes no sound: every utterance is written
to the file named by $RELIEFMAP_SPEECH_LOG, one line each (seconds since the
epoch, a tab, the text), so a check can read what Orca said and when."""
import os
import time

from orca import speechserver


class SpeechServer(speechserver.SpeechServer):
    _instance = None

    @staticmethod
    def getFactoryName():
        return "Speech log (no sound)"

    @staticmethod
    def getSpeechServers():
        return [SpeechServer.getSpeechServer()]

    @staticmethod
    def getSpeechServer(info=None):
        if SpeechServer._instance is None:
            SpeechServer._instance = SpeechServer()
        return SpeechServer._instance

    @staticmethod
    def shutdownActiveServers():
        SpeechServer._instance = None

    def getInfo(self):
        return ["Speech log (no sound)", "log"]

    def getVoiceFamilies(self):
        return []

    def updateCapitalizationStyle(self):
        pass

    def updatePunctuationLevel(self):
        pass

    def speak(self, text=None, acss=None, interrupt=True):
        path = os.environ.get("RELIEFMAP_SPEECH_LOG")
        if path and text:
            with open(path, "a", encoding="utf-8") as log:
                log.write("%.3f\t%s\n" % (time.time(), " ".join(str(text).split())))

    def stop(self):
        pass

    def shutdown(self):
        pass

    def reset(self, text=None, acss=None):
        pass
