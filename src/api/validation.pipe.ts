import { ValidationPipe } from '@nestjs/common';
import { InvalidInputError } from '../common/graphql/api-errors';
import { validationProblems } from '../common/graphql/validation-problems';

/** class-validator on every input; each problem is reported with the path of its field, in Chinese first. */
export const inputValidationPipe = new ValidationPipe({
  transform: true,
  whitelist: true,
  forbidUnknownValues: true,
  exceptionFactory: (errors) => new InvalidInputError(validationProblems(errors, 'input')),
});
