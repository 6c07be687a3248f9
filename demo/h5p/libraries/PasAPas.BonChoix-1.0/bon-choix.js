// Pas à Pas — « Le bon choix » (PasAPas.BonChoix 1.0), a small H5P content type.
// One question, two to four large answer buttons, exactly one right. Uses only what H5P core
// provides (H5P.EventDispatcher, H5P.jQuery, the xAPI helpers); all texts come from the content
// parameters, with French defaults for beginners.
// H5P core looks the constructor up by the full machine name (window.PasAPas.BonChoix); it is
// also published as H5P.BonChoix, the usual place for a content type.
var H5P = window.H5P = window.H5P || {};
var PasAPas = window.PasAPas = window.PasAPas || {};

H5P.BonChoix = (function ($, EventDispatcher) {
  "use strict";

  var DEFAULT_L10N = {
    correct: "Bonne réponse !",
    wrong: "Ce n'est pas la bonne réponse.",
    retry: "Réessayer",
    yourAnswer: "Votre réponse",
    rightAnswer: "La bonne réponse"
  };
  var INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction";
  var counter = 0;

  function text(value) {
    return typeof value === "string" ? value.trim() : "";
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content) { node.textContent = content; }
    return node;
  }

  function BonChoix(params, contentId, extras) {
    EventDispatcher.call(this);
    params = params || {};
    extras = extras || {};
    this.contentId = contentId;
    this.extras = extras;
    this.question = text(params.question);
    this.answers = (Array.isArray(params.answers) ? params.answers : []).slice(0, 4).map(
      function (answer) {
        answer = answer || {};
        return { text: text(answer.text), correct: answer.correct === true,
          feedback: text(answer.feedback) };
      }
    );
    this.rightIndex = this.answers.findIndex(function (answer) { return answer.correct; });
    this.l10n = $.extend({}, DEFAULT_L10N, params.l10n || {});
    this.chosen = null;
    this.solutionShown = false;
    // Set by hand rather than through setActivityStarted(): no "attempted" statement to post.
    this.activityStartTime = Date.now();

    var previous = extras.previousState;
    if (previous && Number.isInteger(previous.chosen) && previous.chosen >= 0 &&
        previous.chosen < this.answers.length) {
      this.chosen = previous.chosen;
    }
  }

  BonChoix.prototype = Object.create(EventDispatcher.prototype);
  BonChoix.prototype.constructor = BonChoix;

  BonChoix.prototype.attach = function ($container) {
    var self = this;
    var host = $container.get(0);
    var questionId = "pasapas-bonchoix-" + (counter += 1);
    var root = element("div", "pasapas-bonchoix");

    var question = element("p", "pasapas-bonchoix__question", this.question);
    question.id = questionId;
    root.appendChild(question);

    var group = element("div", "pasapas-bonchoix__answers");
    group.setAttribute("role", "group");
    group.setAttribute("aria-labelledby", questionId);
    this.buttons = this.answers.map(function (answer, index) {
      var button = element("button", "pasapas-bonchoix__answer");
      button.type = "button";
      button.appendChild(element("span", "pasapas-bonchoix__text", answer.text));
      var mark = element("span", "pasapas-bonchoix__mark");
      button.appendChild(mark);
      button.addEventListener("click", function () { self.choose(index); });
      group.appendChild(button);
      return { button: button, mark: mark };
    });
    root.appendChild(group);

    // Present from the start so that screen readers announce what is written into it.
    this.feedback = element("p", "pasapas-bonchoix__feedback");
    this.feedback.setAttribute("role", "status");
    this.feedback.setAttribute("aria-live", "polite");
    root.appendChild(this.feedback);

    this.retryButton = element("button", "pasapas-bonchoix__retry", this.l10n.retry);
    this.retryButton.type = "button";
    this.retryButton.hidden = true;
    this.retryButton.addEventListener("click", function () { self.retry(); });
    root.appendChild(this.retryButton);

    $container.addClass("pasapas-bonchoix-host");
    host.appendChild(root);
    this.render();
  };

  BonChoix.prototype.locked = function () {
    return this.chosen !== null || this.solutionShown;
  };

  BonChoix.prototype.render = function () {
    if (!this.buttons) { return; }
    var self = this;
    var locked = this.locked();
    this.buttons.forEach(function (item, index) {
      var answer = self.answers[index];
      var chosen = index === self.chosen;
      var showRight = answer.correct && (chosen || self.solutionShown);
      item.button.classList.toggle("is-chosen", chosen);
      item.button.classList.toggle("is-right", showRight);
      item.button.classList.toggle("is-wrong", chosen && !answer.correct);
      // aria-disabled rather than disabled: the button keeps the keyboard focus.
      item.button.setAttribute("aria-disabled", locked ? "true" : "false");
      var words = "";
      if (chosen) {
        words = self.l10n.yourAnswer + (answer.correct ? " : " + self.l10n.correct : "");
      } else if (showRight) {
        words = self.l10n.rightAnswer;
      }
      item.mark.textContent = words;
    });

    this.feedback.textContent = "";
    this.feedback.className = "pasapas-bonchoix__feedback";
    if (this.chosen !== null) {
      var answer = this.answers[this.chosen];
      this.feedback.classList.add(answer.correct ? "is-right" : "is-wrong");
      this.feedback.appendChild(
        element("strong", "", answer.correct ? this.l10n.correct : this.l10n.wrong)
      );
      if (answer.feedback) {
        this.feedback.appendChild(document.createTextNode(" " + answer.feedback));
      }
    }
    this.retryButton.hidden = !(this.chosen !== null && this.chosen !== this.rightIndex);
    this.trigger("resize");
  };

  BonChoix.prototype.choose = function (index) {
    if (this.locked()) { return; }
    this.chosen = index;
    this.render();
    var right = index === this.rightIndex;
    this.sendAnswered(index, right);
    if (right) {
      this.triggerXAPIScored(1, 1, "completed", true, true);
    } else {
      this.retryButton.focus();
    }
  };

  BonChoix.prototype.sendAnswered = function (index, right) {
    var event = this.createXAPIEventTemplate("answered");
    var statement = event.data.statement;
    var lang = "fr-FR";
    var description = {};
    description[lang] = this.question;
    statement.object.definition = $.extend(statement.object.definition || {}, {
      description: description,
      type: INTERACTION,
      interactionType: "choice",
      correctResponsesPattern: this.rightIndex >= 0 ? [String(this.rightIndex)] : [],
      choices: this.answers.map(function (answer, i) {
        var label = {};
        label[lang] = answer.text;
        return { id: String(i), description: label };
      })
    });
    event.setScoredResult(right ? 1 : 0, 1, this, true, right);
    statement.result.response = String(index);
    this.trigger(event);
  };

  BonChoix.prototype.retry = function () {
    this.resetTask();
    if (this.buttons && this.buttons.length) { this.buttons[0].button.focus(); }
  };

  // --- The H5P question contract. ------------------------------------------------------------
  BonChoix.prototype.getScore = function () {
    return this.chosen !== null && this.chosen === this.rightIndex ? 1 : 0;
  };

  BonChoix.prototype.getMaxScore = function () {
    return 1;
  };

  BonChoix.prototype.getAnswerGiven = function () {
    return this.chosen !== null;
  };

  BonChoix.prototype.showSolutions = function () {
    this.solutionShown = true;
    this.render();
  };

  BonChoix.prototype.resetTask = function () {
    this.chosen = null;
    this.solutionShown = false;
    this.activityStartTime = Date.now();
    this.render();
  };

  BonChoix.prototype.getCurrentState = function () {
    return { chosen: this.chosen };
  };

  BonChoix.prototype.getTitle = function () {
    var metadata = this.extras.metadata;
    return H5P.createTitle((metadata && metadata.title) || this.question || "Le bon choix");
  };

  return BonChoix;
})(H5P.jQuery, H5P.EventDispatcher);

PasAPas.BonChoix = H5P.BonChoix;
