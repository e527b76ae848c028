'use client';

import { useActionState, useEffect, useRef } from 'react';
import type { PublicQuestion, PublicQuiz } from '@/lib/quiz/public-view';
import { submitQuiz } from './actions';
import { ANSWER_FIELD_PREFIX, initialQuizState, type QuestionFeedback } from './schema';

interface QuizFormProps {
  quizId: string;
  /** The public view only: this component is sent to the browser and must never hold the key. */
  quiz: PublicQuiz;
  quizPath: string;
}

export function QuizForm({ quizId, quiz, quizPath }: QuizFormProps) {
  const [state, formAction, isPending] = useActionState(submitQuiz, initialQuizState);
  const outcome = useRef<HTMLElement>(null);

  // With JavaScript the page does not reload: move focus to the outcome (as GOV.UK's error summary does) so that
  // keyboard and screen-reader users land on it. Without JavaScript it is the first thing in the reloaded page.
  useEffect(() => {
    if (state.status !== 'idle') outcome.current?.focus();
  }, [state]);

  const feedback = new Map(state.status === 'scored' ? state.results.map((r) => [r.questionId, r]) : []);
  const tally = countVerdicts(state.status === 'scored' ? state.results : []);

  return (
    <>
      {state.status === 'scored' && (
        <section className="outcome" aria-labelledby="outcome-heading" ref={outcome} tabIndex={-1}>
          <h2 id="outcome-heading">
            You got {state.correct} of {state.total}
          </h2>
          <ul className="tally">
            <li data-verdict="right">
              <span aria-hidden="true">{VERDICTS.right.icon}</span> {tally.right} right
            </li>
            <li data-verdict="wrong">
              <span aria-hidden="true">{VERDICTS.wrong.icon}</span> {tally.wrong} wrong
            </li>
            <li data-verdict="unanswered">
              <span aria-hidden="true">{VERDICTS.unanswered.icon}</span> {tally.unanswered} not answered
            </li>
          </ul>
          <p>Each question below shows your answer, the right one, and where the article says it.</p>
          <p className="outcome-actions">
            {/* A full page load starts a fresh attempt, with or without JavaScript. */}
            <a className="button button-secondary" href={quizPath}>
              Try again
            </a>
          </p>
        </section>
      )}
      {state.status === 'invalid' && (
        <section className="alert" aria-labelledby="outcome-heading" ref={outcome} tabIndex={-1}>
          <h2 id="outcome-heading">Your answers could not be checked</h2>
          <p>{state.message}</p>
        </section>
      )}

      <form action={formAction} className="quiz-form" aria-label={quiz.title}>
        <input type="hidden" name="quizId" value={quizId} />
        <ol className="questions">
          {quiz.questions.map((question, index) => (
            <li key={question.id}>
              <QuestionFieldset question={question} number={index + 1} feedback={feedback.get(question.id)} />
            </li>
          ))}
        </ol>
        <div className="form-actions">
          <button type="submit" className="button" disabled={isPending}>
            {isPending ? 'Checking…' : 'Check my answers'}
          </button>
        </div>
      </form>
    </>
  );
}

interface QuestionFieldsetProps {
  question: PublicQuestion;
  number: number;
  feedback: QuestionFeedback | undefined;
}

function QuestionFieldset({ question, number, feedback }: QuestionFieldsetProps) {
  const verdict = feedback ? verdictOf(feedback) : null;
  const feedbackId = `feedback-${question.id}`;
  return (
    <fieldset className="question" data-verdict={verdict ?? undefined} aria-describedby={feedback ? feedbackId : undefined}>
      <legend>
        <span className="question-number">{number}.</span> {question.stem}
      </legend>
      <div className="options">
        {question.options.map((option) => {
          const inputId = `q-${question.id}-${option.id}`;
          const isKey = feedback?.answerId === option.id;
          const isChosen = feedback?.chosenId === option.id;
          return (
            <div
              key={option.id}
              className="option"
              data-key={feedback && isKey ? 'true' : undefined}
              data-chosen={feedback && isChosen ? 'true' : undefined}
            >
              <input
                type="radio"
                id={inputId}
                name={`${ANSWER_FIELD_PREFIX}${question.id}`}
                value={option.id}
                defaultChecked={isChosen}
              />
              <label htmlFor={inputId}>{option.text}</label>
              {/* Repeats the feedback below for sighted readers; screen readers get it once, from the feedback. */}
              {feedback && (isKey || isChosen) && (
                <span className="option-tag" aria-hidden="true">
                  {isKey ? '✓ Right answer' : '✗ Your answer'}
                </span>
              )}
            </div>
          );
        })}
      </div>
      {feedback && <Feedback id={feedbackId} question={question} feedback={feedback} />}
    </fieldset>
  );
}

const VERDICTS = {
  right: { icon: '✓', label: 'Right' },
  wrong: { icon: '✗', label: 'Wrong' },
  unanswered: { icon: '–', label: 'Not answered' },
} as const;

function Feedback({ id, question, feedback }: { id: string; question: PublicQuestion; feedback: QuestionFeedback }) {
  const verdict = VERDICTS[verdictOf(feedback)];
  const textOf = (optionId: string | null) => question.options.find((o) => o.id === optionId)?.text ?? '';
  const { before, sentence, after } = feedback.evidence;
  return (
    <div className="feedback" id={id}>
      <p className="verdict">
        <span className="verdict-icon" aria-hidden="true">
          {verdict.icon}
        </span>
        <span>{verdict.label}</span>
      </p>
      <dl className="answers">
        {!feedback.unanswered && (
          <div>
            <dt>Your answer</dt>
            <dd>{textOf(feedback.chosenId)}</dd>
          </div>
        )}
        {!feedback.correct && (
          <div>
            <dt>Right answer</dt>
            <dd>{textOf(feedback.answerId)}</dd>
          </div>
        )}
      </dl>
      <figure className="evidence">
        <figcaption>Where the article says it</figcaption>
        <blockquote>
          <p>
            {before}
            <mark>{sentence}</mark>
            {after}
          </p>
        </blockquote>
      </figure>
    </div>
  );
}

function verdictOf(feedback: QuestionFeedback): keyof typeof VERDICTS {
  return feedback.correct ? 'right' : feedback.unanswered ? 'unanswered' : 'wrong';
}

function countVerdicts(results: QuestionFeedback[]): Record<keyof typeof VERDICTS, number> {
  const tally = { right: 0, wrong: 0, unanswered: 0 };
  for (const result of results) tally[verdictOf(result)] += 1;
  return tally;
}
